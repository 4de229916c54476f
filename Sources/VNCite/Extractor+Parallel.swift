import Dispatch

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
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Each worker takes every workers-th article: the big ones spread out.
                var i = worker
                while i < articles.count {
                    out[i] = extract(articles[i])
                    i += workers
                }
            }
        }
        return results.compactMap { $0 }
    }
}
