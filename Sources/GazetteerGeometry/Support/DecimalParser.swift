/// Decimal numbers parsed from their bytes, correctly rounded (the double `strtod` gives), without `strtod` for the
/// common case.
///
/// glibc's `strtod` takes its multiprecision path for 17 significant digits, which is how GIS tools write
/// coordinates; in a bulk locate of a million rows that was an eighth of the run. This parser reads the digits into
/// one 64-bit integer and scales it by a power of ten: exactly, with one rounding, when both fit a double
/// (Clinger's fast path), else by the Eisel-Lemire algorithm (Lemire, "Number Parsing at a Gigabyte per Second",
/// 2021) on 128-bit mantissas of the powers of ten (``PowersOfTen``). Where the answer could be either of two
/// doubles (a value too close to a tie to decide in 128 bits, more than 19 significant digits, an exponent beyond
/// the table), it answers `nil` and the caller asks `strtod`.
package enum DecimalParser {
    /// The number `bytes` spell: an optional sign, digits with at most one decimal point (at least one digit), an
    /// optional exponent (`e` or `E`, an optional sign, digits); `nil` for any other text, and for a number this
    /// parser cannot round with certainty (the caller then asks `strtod`, which is never wrong).
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = bytes.count
        var negative = false
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var significand: UInt64 = 0
        var significantDigits = 0, digits = 0, fractionDigits = 0
        var seenPoint = false
        while i < n {
            let byte = bytes[i]
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte &- UInt8(ascii: "0") < 10 {
                digits += 1
                if seenPoint { fractionDigits += 1 }
                // Leading zeros are not significant; every later digit is, trailing zeros included.
                if significantDigits > 0 || byte != UInt8(ascii: "0") {
                    significantDigits += 1
                    guard significantDigits <= 19 else { return nil }
                    significand = significand &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                }
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        var exponent = 0
        if i < n {
            guard bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") else { return nil }
            i += 1
            var exponentNegative = false
            if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                exponentNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let start = i
            while i < n, bytes[i] &- UInt8(ascii: "0") < 10, i - start < 6 {
                exponent = exponent * 10 + Int(bytes[i] &- UInt8(ascii: "0"))
                i += 1
            }
            guard i > start, i == n else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        if significand == 0 { return negative ? -0.0 : 0.0 }
        let power = exponent - fractionDigits
        guard let magnitude = scaled(significand, byPowerOfTen: power) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// `significand` × 10^`power`, correctly rounded, or `nil` when that cannot be decided here.
    package static func scaled(_ significand: UInt64, byPowerOfTen power: Int) -> Double? {
        // Clinger: both factors are exact doubles, so one multiplication or division rounds once, correctly.
        if significand <= 1 << 53, -22 <= power, power <= 22 {
            let w = Double(significand)
            return power < 0 ? w / exactPowers[-power] : w * exactPowers[power]
        }
        return eiselLemire(significand, power)
    }

    /// 10^0 … 10^22, each exactly a double.
    private static let exactPowers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { p, _ in p * 10 } }

    /// The Eisel-Lemire algorithm: the significand's top 64 bits times the power's 128-bit mantissa (rounded down),
    /// kept where the product's error cannot reach the bits that decide the rounding.
    private static func eiselLemire(_ significand: UInt64, _ power: Int) -> Double? {
        guard PowersOfTen.minimumExponent <= power, power <= PowersOfTen.maximumExponent else { return nil }
        let mantissa = PowersOfTen.mantissas[power - PowersOfTen.minimumExponent]
        let zeros = significand.leadingZeroBitCount
        let w = significand << zeros
        // floor(power × log2(10)), exact for |power| < 1,500; plus the bias and the normalisation.
        var exponent2 = UInt64(bitPattern: Int64(((217_706 * power) >> 16) + 64 + 1023 - zeros))
        var (high, low) = w.multipliedFullWidth(by: mantissa.high)
        // The low word of the power adds less than `w` to `low`: only a carry into the rounding bits matters.
        if high & 0x1FF == 0x1FF, low &+ w < w {
            let (yHigh, yLow) = w.multipliedFullWidth(by: mantissa.low)
            let (mergedLow, carry) = low.addingReportingOverflow(yHigh)
            let mergedHigh = carry ? high &+ 1 : high
            // What is still left out (less than `w` in the lowest word) could carry all the way up: undecided.
            if mergedHigh & 0x1FF == 0x1FF, mergedLow == .max, yLow &+ w < w { return nil }
            (high, low) = (mergedHigh, mergedLow)
        }
        let top = high >> 63
        var bits54 = high >> (top + 9)
        exponent2 &-= 1 ^ top
        // Exactly half way between two doubles, as far as 128 bits tell: ties go to even, so the truth must decide.
        if low == 0, high & 0x1FF == 0, bits54 & 3 == 1 { return nil }
        bits54 += bits54 & 1
        bits54 >>= 1
        if bits54 >> 53 > 0 {
            bits54 >>= 1
            exponent2 &+= 1
        }
        // Subnormal, zero, infinite: not this path's business.
        guard exponent2 &- 1 < 0x7FF - 1 else { return nil }
        return Double(bitPattern: exponent2 << 52 | bits54 & 0x000F_FFFF_FFFF_FFFF)
    }
}
