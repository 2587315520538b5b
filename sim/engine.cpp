#include "sim/engine.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace mvzsim::sim {

unsigned resolve_threads(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task) {
    const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(resolve_threads(threads), count));
    if (workers <= 1) {
        for (std::size_t i = 0; i < count; ++i) task(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < count; i = next++) task(i);
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = count;  // stop the others early
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

TrialMatrix run_trials(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory) {
    TrialMatrix result(options.trials, width);
    const std::size_t blocks = (options.trials + kBlockSize - 1) / kBlockSize;
    const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(resolve_threads(options.threads), blocks));

    // One trial function per worker; each worker takes whole blocks.
    std::vector<TrialFunction> functions;
    for (unsigned w = 0; w < std::max(1u, workers); ++w) functions.push_back(factory());

    std::atomic<std::size_t> next_block{0};
    std::vector<std::thread> pool;
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](unsigned id) {
        std::vector<double> row(width);
        try {
            for (std::size_t b = next_block++; b < blocks; b = next_block++) {
                const std::size_t start = b * kBlockSize;
                const std::size_t end = std::min(options.trials, start + kBlockSize);
                for (std::size_t i = start; i < end; ++i) {
                    std::fill(row.begin(), row.end(), 0.0);
                    functions[id](options.first_trial + i, row);
                    for (std::size_t k = 0; k < width; ++k) result.set(i, k, row[k]);
                }
            }
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next_block = blocks;
        }
    };
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
    work(0);
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
    return result;
}

}  // namespace mvzsim::sim
