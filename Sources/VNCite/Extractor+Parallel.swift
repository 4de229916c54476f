import Foundation
import Synchronization

extension Extractor {
    /// Extracts a batch of articles on `jobs` threads; the results keep the batch's order, so
    /// the output does not depend on the number of threads. No cross-article resolution here:
    /// call `resolveAcrossArticles` once all batches are done.
    public func extract(batch articles: [Article], jobs: Int) -> [ExtractedArticle] {
        Parallel.map(articles, jobs: jobs) { extract($0) }
    }
}

/// An ordered map on threads: `Parallel.map(lines, jobs: 2) { parse($0) }` gives what
/// `lines.map { parse($0) }` gives, whatever the number of threads. Each thread takes the next
/// item not yet taken, so a long article does not hold up the items behind it.
public enum Parallel {
    public static func map<T, R>(_ items: [T], jobs: Int, _ transform: @escaping (T) -> R) -> [R] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        do {
            var results = [R?](repeating: nil, count: items.count)
            results.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                nonisolated(unsafe) let work = transform
                nonisolated(unsafe) let input = items
                let next = Counter()
                let done = DispatchSemaphore(value: 0)
                let workers = min(jobs, items.count)
                // One thread per worker (Dispatch's pool may run them one after the other here).
                for _ in 0..<workers {
                    let thread = Thread {
                        while true {
                            let i = next.value.add(1, ordering: .relaxed).oldValue
                            guard i < input.count else { break }
                            out[i] = work(input[i])
                        }
                        done.signal()
                    }
                    thread.stackSize = 8 << 20
                    thread.start()
                }
                for _ in 0..<workers { done.wait() }
            }
            return results.map { $0! }
        }
    }
}

/// The index of the next item, shared by the threads.
private final class Counter: Sendable {
    let value = Atomic<Int>(0)
}
