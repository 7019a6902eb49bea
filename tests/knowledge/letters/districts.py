"""Tuyên Quang's seven district units as the register spells them, written out (not read from the
register) so that the letter tests check the reader against them."""

DISTRICTS = frozenset(
    {
        "UBND thành phố Tuyên Quang",
        "UBND huyện Lâm Bình",
        "UBND huyện Na Hang",
        "UBND huyện Chiêm Hóa",
        "UBND huyện Hàm Yên",
        "UBND huyện Yên Sơn",
        "UBND huyện Sơn Dương",
    }
)
