#include "sim/engine.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <new>
#include <thread>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mvzsim::sim {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

}  // namespace

TrialMatrix::TrialMatrix(std::size_t trials, std::size_t width) : trials_(trials), width_(width) {
    const std::size_t bytes = std::max<std::size_t>(trials * width * sizeof(double), 1);
    void* p = nullptr;
    if (bytes >= 4 * kHugePage) {
        p = std::aligned_alloc(kHugePage, (bytes + kHugePage - 1) / kHugePage * kHugePage);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        if (p != nullptr) madvise(p, bytes, MADV_HUGEPAGE);  // advice only: a refusal changes nothing
#endif
    } else {
        p = std::malloc(bytes);
    }
    if (p == nullptr) throw std::bad_alloc();
    values_.reset(static_cast<double*>(p));
}

void TrialMatrix::Free::operator()(double* p) const {
    std::free(p);
}

unsigned resolve_threads(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

namespace {

// Hands out indices 0..count-1 to `workers` threads (the calling thread is worker 0); the first
// exception stops the others and is rethrown.
void distribute(std::size_t count, unsigned workers, const std::function<void(std::size_t, unsigned)>& task) {
    if (workers <= 1) {
        for (std::size_t i = 0; i < count; ++i) task(i, 0);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&](unsigned worker) {
        try {
            for (std::size_t i = next++; i < count; i = next++) task(i, worker);
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = count;  // stop the others early
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w);
    work(0);
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

unsigned worker_count(unsigned threads, std::size_t items) {
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(resolve_threads(threads), items)));
}

}  // namespace

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task) {
    distribute(count, worker_count(threads, count), [&](std::size_t i, unsigned) { task(i); });
}

TrialMatrix run_trials(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory) {
    TrialMatrix result(options.trials, width);
    run_trials_into(options, factory, result);
    return result;
}

void run_blocks(const RunOptions& options, std::size_t width, const TrialFunctionFactory& factory,
                const BlockConsumer& consume) {
    const std::size_t blocks = (options.trials + kBlockSize - 1) / kBlockSize;
    const unsigned workers = worker_count(options.threads, blocks);
    // One trial function and one block buffer per worker; each worker takes whole blocks.
    std::vector<TrialFunction> functions;
    for (unsigned w = 0; w < workers; ++w) functions.push_back(factory());
    std::vector<std::vector<double>> buffers(workers, std::vector<double>(kBlockSize * width));
    std::atomic<std::size_t> done{0};
    distribute(blocks, workers, [&](std::size_t block, unsigned worker) {
        std::vector<double>& buffer = buffers[worker];
        const std::size_t start = block * kBlockSize;
        const std::size_t count = std::min(options.trials, start + kBlockSize) - start;
        for (std::size_t i = 0; i < count; ++i)
            functions[worker](options.first_trial + start + i, std::span<double>(buffer.data() + i * width, width));
        consume(block, count, std::span<const double>(buffer.data(), count * width), worker);
        const std::size_t trials_done = done += count;
        if (options.progress) options.progress(trials_done);
    });
}

unsigned block_workers(const RunOptions& options) {
    return worker_count(options.threads, (options.trials + kBlockSize - 1) / kBlockSize);
}

void run_trials_into(const RunOptions& options, const TrialFunctionFactory& factory, TrialMatrix& result) {
    assert(result.trials() == options.trials);
    const std::size_t width = result.width();
    // A block's rows are copied column by column into the result, in tiles of 16 outputs: 16
    // sequential write streams, reads along the rows; each column receives one run per block.
    run_blocks(options, width, factory,
               [&](std::size_t block, std::size_t count, std::span<const double> rows, unsigned) {
                   const std::size_t start = block * kBlockSize;
                   constexpr std::size_t kTile = 16;
                   for (std::size_t k0 = 0; k0 < width; k0 += kTile) {
                       const std::size_t k1 = std::min(width, k0 + kTile);
                       for (std::size_t i = 0; i < count; ++i) {
                           const double* row = rows.data() + i * width;
                           for (std::size_t k = k0; k < k1; ++k) result.set(start + i, k, row[k]);
                       }
                   }
               });
}

}  // namespace mvzsim::sim
