from tests.helpers import receive, seed_catalogue


def test_receive_then_totals(stockpile):
    seed_catalogue(stockpile)
    receive(stockpile, quantity=1234)
    assert stockpile.queries.totals().on_hand == 1234
    assert stockpile.check().ok
