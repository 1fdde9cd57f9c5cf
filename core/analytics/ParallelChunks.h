#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace clientele::core::analytics {

// Runs `work(begin, end, partial)` over [0, n) cut into a fixed number of chunks, the chunks
// spread over the machine's cores (std::thread; the core links no QtConcurrent), and returns the
// partials in chunk order. The cut does not depend on the number of cores, so a sum the caller
// forms from the partials is the same on every machine. Small inputs run as one chunk on the
// calling thread: below some thousands of rows a thread costs more than it saves.
// `work` must only write to its own partial (it runs concurrently with itself).
template <typename Partial, typename Work>
std::vector<Partial> inParallelChunks(std::size_t n, const Work& work)
{
    constexpr std::size_t kChunks = 4;
    constexpr std::size_t kMinRowsToSplit = 8192;
    const std::size_t chunks = n >= kMinRowsToSplit ? kChunks : 1;
    std::vector<Partial> partials(chunks);
    const std::size_t workers = std::min<std::size_t>(chunks, std::max(1u, std::thread::hardware_concurrency()));
    auto runWorker = [&](std::size_t w) {
        for (std::size_t c = w; c < chunks; c += workers)
            work(n * c / chunks, n * (c + 1) / chunks, partials[c]);
    };
    std::vector<std::thread> threads;
    threads.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(runWorker, w);
    runWorker(0);
    for (std::thread& t : threads)
        t.join();
    return partials;
}

} // namespace clientele::core::analytics
