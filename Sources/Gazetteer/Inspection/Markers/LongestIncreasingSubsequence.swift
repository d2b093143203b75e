/// The longest strictly increasing subsequence of a sequence, for naming only the markers that break the order.
///
/// When one marker is out of place, every pair it forms with the others is out of order, but only it is misplaced:
/// the markers not in a longest increasing run of positions are the fewest whose removal leaves the rest in order.
enum LongestIncreasingSubsequence {
    /// The indices of `values` that make up a longest strictly increasing subsequence (patience sorting, O(n log n)).
    /// Of equally long ones, the one ending earliest at each length is kept, so the result is deterministic.
    static func indices(_ values: [Double]) -> [Int] {
        guard !values.isEmpty else { return [] }
        // tails[k]: the index ending the best increasing run of length k + 1 found so far.
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: values.count)
        for (i, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if values[tails[mid]] < value { low = mid + 1 } else { high = mid }
            }
            if low > 0 { previous[i] = tails[low - 1] }
            if low == tails.count { tails.append(i) } else { tails[low] = i }
        }
        var result: [Int] = []
        var k = tails[tails.count - 1]
        while k >= 0 {
            result.append(k)
            k = previous[k]
        }
        return result.reversed()
    }
}
