#pragma once
#include <string>

namespace mvzsim::cli {

// A file written atomically: the bytes go to a temporary file beside it (PATH.tmp-XXXXXX) that is
// renamed over PATH only when complete, so a reader never sees a half-written file and the old
// file survives any failure. Until then the temporary file is removed on every failure, when the
// object goes without commit(), and on SIGINT or SIGTERM (the process then ends with the signal's
// default action). One at a time per process: the signal handler knows one temporary file.
class AtomicFile {
public:
    // Creates the temporary file; throws std::runtime_error saying why it cannot.
    explicit AtomicFile(const std::string& path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& temp_path() const { return temp_; }
    // Appends `content`; throws std::runtime_error (and removes the temporary file) on failure.
    void write(const std::string& content);
    // Syncs, gives the file the permissions of the one it replaces (else 0666 less umask) and
    // renames it over the path; throws std::runtime_error on failure.
    void commit();

private:
    [[noreturn]] void fail(const char* step);
    void discard();

    std::string path_, temp_;
    int fd_ = -1;
};

// Writes `content` to `path` through an AtomicFile. Throws std::runtime_error on failure (and
// leaves no temporary file behind).
void write_file_atomically(const std::string& path, const std::string& content);

// Checks before any work is done that `path` can be written: it names a file, not a folder or a
// device; its folder exists, is writable and is no virtual file system (/proc, /sys); and the
// temporary file can really be created beside it (it is created and removed again). Returns an
// explanation when it cannot, else an empty string.
std::string check_output_path(const std::string& path);

}  // namespace mvzsim::cli
