#pragma once
// A fresh temporary folder (in TMPDIR, else /tmp), removed with its contents when the object
// goes: for the files the browser and libxlsxwriter write before their bytes are copied out.
#include <string>

namespace mvzsim::cli::report {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace mvzsim::cli::report
