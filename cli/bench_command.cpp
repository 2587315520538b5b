#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <ostream>

#include "cli/cli.h"
#include "cli/options.h"
#include "models/projection.h"

namespace mvzsim::cli {
namespace {

// Peak resident memory of this process in MiB (Linux: VmHWM in /proc/self/status), or -1.
double peak_rss_mib() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmHWM:") {
            double kib = 0;
            status >> kib;
            return kib / 1024.0;
        }
        status.ignore(4096, '\n');
    }
    return -1.0;
}

}  // namespace

int bench_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string file;
    long long trials = 100'000, threads = 0, repeat = 3;
    po::options_description options("Options");
    options.add_options()
        ("help,h", "this help")
        ("scenario", po::value(&file), "the scenario file (YAML)")
        ("trials,n", po::value(&trials), "trials per repetition (default 100000)")
        ("threads,t", po::value(&threads), "worker threads (default 0: all cores)")
        ("repeat,r", po::value(&repeat), "repetitions (default 3); the best and the median are reported");
    po::positional_options_description positional;
    positional.add("scenario", 1);
    po::variables_map values;
    if (!parse_options("bench", args, options, positional, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim bench SCENARIO [options]\n\nTimes complete projections (all trials, then the yearly\n"
               "summaries with percentiles) and prints trial-months per second and peak memory.\n\n"
            << options;
        return kExitOk;
    }
    if (file.empty() || trials < 1 || trials > 10'000'000 || threads < 0 || threads > 1024 || repeat < 1 || repeat > 100) {
        err << "mvzsim bench: needs a scenario file, --trials in [1, 10000000], --threads in [0, 1024], "
               "--repeat in [1, 100]\n"
               "Try 'mvzsim bench --help'.\n";
        return kExitBadInput;
    }
    const auto scenario = load_or_report(file, err);
    if (!scenario) return kExitBadInput;

    const models::CentreModel model(scenario->spec);
    const models::RunSettings settings{scenario->spec.default_seed, static_cast<std::size_t>(trials), 0,
                                       static_cast<unsigned>(threads)};
    const double trial_months = static_cast<double>(trials) * model.calendar().months();
    std::vector<double> seconds;
    for (long long r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const auto projection = models::project(model, settings);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        seconds.push_back(elapsed.count());
        out << fmt::format("run {}: {:.3f} s wall, {:.2f} M trial-months/s (mean result in year 1: {:.0f} EUR)\n", r + 1,
                           elapsed.count(), trial_months / elapsed.count() / 1e6,
                           projection.years.front()[models::Metric::result].mean);
    }
    std::sort(seconds.begin(), seconds.end());
    const std::size_t n = seconds.size();
    const double best = seconds.front(), median = 0.5 * (seconds[(n - 1) / 2] + seconds[n / 2]);
    out << fmt::format(
        "bench {}: {} trials x {} months on {} thread(s)\n"
        "  best   {:.3f} s wall  {:.2f} M trial-months/s\n"
        "  median {:.3f} s wall  {:.2f} M trial-months/s\n"
        "  stored per-trial outputs {:.1f} MiB; peak resident memory {:.1f} MiB\n",
        file, trials, model.calendar().months(), sim::resolve_threads(static_cast<unsigned>(threads)), best,
        trial_months / best / 1e6, median, trial_months / median / 1e6,
        static_cast<double>(trials) * static_cast<double>(model.width()) * sizeof(double) / 1048576.0, peak_rss_mib());
    return kExitOk;
}

}  // namespace mvzsim::cli
