/// The length in UTF-8 bytes of a possessive ending ("'s" or "’s") closing `utf8`, else 0.
/// Over bytes: `hasSuffix` compares characters, and it ran for every word of every text.
func possessiveLength<C: BidirectionalCollection>(_ utf8: C) -> Int where C.Element == UInt8 {
    var tail = utf8.reversed().makeIterator()
    guard tail.next() == 0x73 else { return 0 }  // s
    switch tail.next() {
    case 0x27: return 2  // '
    case 0x99: return tail.next() == 0x80 && tail.next() == 0xE2 ? 4 : 0  // ’ is E2 80 99
    default: return 0
    }
}
