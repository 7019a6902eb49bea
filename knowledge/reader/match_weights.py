"""The scorer's constants: BM25's term saturation and length normalisation, and the bonus for a
pair of the question's words a row prints in the same order (matching.py sums them; the
ceiling of match_bound.py bounds them)."""

K1 = 1.2
B = 0.6
PAIR_WEIGHT = 0.6  # a pair adds this share of the mean of its two words' idf
