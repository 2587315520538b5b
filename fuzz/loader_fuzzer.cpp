// libFuzzer target: the scenario loader on arbitrary bytes, as if they were the file "fuzz.yaml".
// Any input must end in a scenario or in InputError, in bounded time and memory; anything else (a
// crash, a sanitizer report, another exception, a timeout, an out-of-memory) is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "scenarios/diagnostics.h"
#include "scenarios/scenario_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto scenario = mvzsim::scenarios::parse_scenario("fuzz.yaml", text);
        // What `show` prints must load again.
        mvzsim::scenarios::parse_scenario("fuzz.yaml", mvzsim::scenarios::show_scenario(scenario));
    } catch (const mvzsim::scenarios::InputError& e) {
        for (const auto& d : e.diagnostics()) mvzsim::scenarios::format(d);
    }
    return 0;
}
