import Glibc

extension String {
    /// Byte-wise substring test. Foundation's `contains` goes through NSString on
    /// Linux and cost more than the rule it served when run over every element.
    func has(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count, let hBase = h.baseAddress, let nBase = n.baseAddress else { return false }
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    guard let found = memchr(hBase + i, Int32(first), last - i + 1) else { return false }
                    let at = hBase.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hBase + at, nBase, n.count) == 0 { return true }
                    i = at + 1
                }
                return false
            }
        }
    }
}
