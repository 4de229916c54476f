import Foundation

extension Extractor {
    /// Extracts a batch of articles on `jobs` threads; the results keep the batch's order, so
    /// the output does not depend on the number of threads. No cross-article resolution here:
    /// call `resolveAcrossArticles` once all batches are done.
    public func extract(batch articles: [Article], jobs: Int) -> [ExtractedArticle] {
        guard jobs > 1, articles.count > 1 else { return articles.map(extract) }
        var results = [ExtractedArticle?](repeating: nil, count: articles.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            let workers = min(jobs, articles.count)
            let done = DispatchSemaphore(value: 0)
            // One thread per worker (Dispatch's pool may run them one after the other here);
            // each takes every workers-th article, so big articles spread out.
            for worker in 0..<workers {
                let thread = Thread {
                    var i = worker
                    while i < articles.count {
                        out[i] = extract(articles[i])
                        i += workers
                    }
                    done.signal()
                }
                thread.stackSize = 8 << 20
                thread.start()
            }
            for _ in 0..<workers { done.wait() }
        }
        return results.compactMap { $0 }
    }
}
