"""What units send the coordinator: forms, submissions, tracking, the digest."""
