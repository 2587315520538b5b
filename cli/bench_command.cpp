#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "models/analysis/breakeven.h"
#include "models/projection/projection.h"

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

// The best and the median of a set of timings.
std::pair<double, double> best_and_median(std::vector<double> seconds) {
    std::sort(seconds.begin(), seconds.end());
    const std::size_t n = seconds.size();
    return {seconds.front(), 0.5 * (seconds[(n - 1) / 2] + seconds[n / 2])};
}

// Times the break-even search over the counts of `doctors` (the break-even benchmark of docs/benchmarks.md: 1..10
// doctors with 100,000 trials each in under 5 s).
int bench_breakeven(const scenarios::Scenario& scenario, const std::string& file, const std::string& doctors,
                    double step, long long trials, long long threads, long long repeat, std::ostream& out,
                    std::ostream& err) {
    models::BreakevenOptions o;
    std::tie(o.min_fte, o.max_fte) = *parse_doctor_range(doctors);
    o.step = step;
    o.run = {.seed = scenario.spec.default_seed,
             .trials = static_cast<std::size_t>(trials),
             .threads = static_cast<unsigned>(threads)};
    const int months = models::Calendar(scenario.spec.opening, scenario.spec.horizon_years).months();
    std::vector<double> seconds;
    std::size_t counts = 0;
    for (long long r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        models::BreakevenResult result;
        try {
            result = models::breakeven(scenario.spec, o);
        } catch (const std::invalid_argument& e) {
            err << "mvzsim bench: " << e.what() << "\n";
            return kExitBadInput;
        }
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        seconds.push_back(elapsed.count());
        counts = result.counts.size();
        out << fmt::format(
            "run {}: {:.3f} s wall ({} counts; minimum {})\n", r + 1, elapsed.count(), counts,
            result.minimum ? fmt::format("{:g} FTE", result.counts[*result.minimum].fte) : std::string("not reached"));
    }
    const auto [best, median] = best_and_median(seconds);
    const double count_months = static_cast<double>(trials) * static_cast<double>(counts) * months;
    out << fmt::format(
        "bench breakeven {}: doctors {} ({} counts) x {} trials x {} months on {} thread(s)\n"
        "  best   {:.3f} s wall  {:.2f} M count-trial-months/s\n"
        "  median {:.3f} s wall  {:.2f} M count-trial-months/s\n"
        "  peak resident memory {:.1f} MiB\n",
        file, doctors, counts, trials, months, sim::resolve_threads(static_cast<unsigned>(threads)), best,
        count_months / best / 1e6, median, count_months / median / 1e6, peak_rss_mib());
    return kExitOk;
}

}  // namespace

namespace {

struct BenchArgs {
    std::string file, doctors;
    LoadArgs load;
    long long trials = 100'000, threads = 0, repeat = 3;
    double step = 1.0;
};

void describe(CommandOptions& o, BenchArgs& args) {
    add_help_option(o);
    o.add_operand("scenario", "SCENARIO", &args.file);
    o.visible.add_options()("trials,n", integer_into(&args.trials), "trials per repetition (default 100000)")(
        "threads,t", integer_into(&args.threads), "worker threads (default 0: all cores)")(
        "repeat,r", integer_into(&args.repeat), "repetitions (default 3); the best and the median are reported")(
        "doctors", po::value(&args.doctors),
        "time the break-even search over these doctor FTE counts, MIN..MAX (e.g. 1..10), instead of a projection")(
        "step", real_into(&args.step), "step between counts with --doctors (default 1)");
    add_load_options(o.visible, args.load);
}

}  // namespace

CommandOptions bench_command_options() {
    return make_command_options(describe);
}

int bench_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const CommandOptions options = bench_command_options();
    auto& [file, doctors, load, trials, threads, repeat, step] = options.args<BenchArgs>();
    po::variables_map values;
    if (!parse_options("bench", args, options, values, err)) return kExitBadInput;
    if (values.count("help")) {
        out << "Usage: mvzsim bench SCENARIO [options]\n\nTimes complete projections (all trials, then the yearly\n"
               "summaries with percentiles) and prints trial-months per second and peak memory. With --doctors\n"
               "it times the break-even search (every count, its analysis) as `mvzsim breakeven` runs it.\n\n"
            << options.visible;
        return kExitOk;
    }
    if (file.empty() || trials < 1 || trials > 10'000'000 || threads < 0 || threads > 1024 || repeat < 1 ||
        repeat > 100) {
        err << "mvzsim bench: needs a scenario file, --trials in [1, 10000000], --threads in [0, 1024], "
               "--repeat in [1, 100]\n"
               "Try 'mvzsim bench --help'.\n";
        return kExitBadInput;
    }
    if (!doctors.empty()) {
        const auto range = parse_doctor_range(doctors);
        if (!range || !(range->first > 0.0) || range->second < range->first || !valid_doctor_step(step)) {
            err << "mvzsim bench: --doctors must be MIN..MAX with 0 < MIN <= MAX <= 1000 (e.g. 1..10) and --step a "
                   "multiple "
                   "of 0.1 FTE in [0.1, 10]\nTry 'mvzsim bench --help'.\n";
            return kExitBadInput;
        }
    }
    const auto scenario = load_or_report(file, load, err);
    if (!scenario) return kExitBadInput;
    if (!doctors.empty()) return bench_breakeven(*scenario, file, doctors, step, trials, threads, repeat, out, err);

    const models::CentreModel model(scenario->spec);
    const sim::RunOptions settings{.seed = scenario->spec.default_seed,
                                   .trials = static_cast<std::size_t>(trials),
                                   .threads = static_cast<unsigned>(threads)};
    const double trial_months = static_cast<double>(trials) * model.calendar().months();
    std::vector<double> seconds;
    for (long long r = 0; r < repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const auto projection = models::project(model, settings);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        seconds.push_back(elapsed.count());
        out << fmt::format("run {}: {:.3f} s wall, {:.2f} M trial-months/s (mean result in year 1: {:.0f} EUR)\n",
                           r + 1, elapsed.count(), trial_months / elapsed.count() / 1e6,
                           projection.years.front()[models::Metric::annual_result].mean);
    }
    const auto [best, median] = best_and_median(seconds);
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
