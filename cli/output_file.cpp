#include "cli/output_file.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace mvzsim::cli {

namespace {

// The temporary file being written, for the signal handler. A handler may only make
// async-signal-safe calls (unlink, sigaction, raise) and must not allocate, so the name lives in a
// static buffer: the one piece of global mutable state of the program, and why AtomicFile is one
// at a time.
char g_temp_name[4096];
volatile std::sig_atomic_t g_temp_armed = 0;
struct sigaction g_old_int, g_old_term;

extern "C" void remove_temp_and_reraise(int signal) {
    if (g_temp_armed) ::unlink(g_temp_name);
    g_temp_armed = 0;
    struct sigaction default_action {};
    default_action.sa_handler = SIG_DFL;
    ::sigemptyset(&default_action.sa_mask);
    ::sigaction(signal, &default_action, nullptr);
    // Delivered with the default action (the process ends by this signal) once the handler returns.
    ::raise(signal);
}

// Installs the handler for `signal` unless the signal is ignored (e.g. SIGINT under nohup).
void arm(int signal, struct sigaction& old) {
    struct sigaction action {};
    action.sa_handler = remove_temp_and_reraise;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(signal, nullptr, &old);
    if (old.sa_handler != SIG_IGN) ::sigaction(signal, &action, nullptr);
}

// Blocks SIGINT and SIGTERM while the temporary file and the handler's knowledge of it change, so
// that no signal falls between creating the file and arming its removal.
class SignalsBlocked {
public:
    SignalsBlocked() {
        sigset_t set;
        ::sigemptyset(&set);
        ::sigaddset(&set, SIGINT);
        ::sigaddset(&set, SIGTERM);
        ::pthread_sigmask(SIG_BLOCK, &set, &old_);
    }
    ~SignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
    SignalsBlocked(const SignalsBlocked&) = delete;
    SignalsBlocked& operator=(const SignalsBlocked&) = delete;

private:
    sigset_t old_;
};

std::string folder_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The permissions the file gets: those of the file it replaces, else the usual 0666 less umask.
mode_t target_mode(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) return st.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// Whether `folder` lies on procfs or sysfs (statfs(2) magic numbers), where files are no output.
bool virtual_file_system(const std::string& folder) {
    constexpr long kProcMagic = 0x9fa0, kSysfsMagic = 0x62656572;
    struct statfs fs {};
    if (::statfs(folder.c_str(), &fs) != 0) return false;
    const auto type = static_cast<long>(fs.f_type);
    return type == kProcMagic || type == kSysfsMagic;
}

}  // namespace

AtomicFile::AtomicFile(const std::string& path) : path_(path) {
    const std::string pattern = path + ".tmp-XXXXXX";
    if (pattern.size() >= sizeof g_temp_name)
        throw std::runtime_error("cannot write " + path + ": the path is too long");
    const SignalsBlocked blocked;
    if (g_temp_armed) throw std::logic_error("AtomicFile: one at a time");
    std::memcpy(g_temp_name, pattern.c_str(), pattern.size() + 1);
    fd_ = ::mkstemp(g_temp_name);
    if (fd_ < 0) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    temp_ = g_temp_name;
    arm(SIGINT, g_old_int);
    arm(SIGTERM, g_old_term);
    g_temp_armed = 1;
}

AtomicFile::~AtomicFile() {
    discard();
}

void AtomicFile::discard() {
    const SignalsBlocked blocked;
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (!temp_.empty()) {
        ::unlink(temp_.c_str());
        temp_.clear();
    }
    if (g_temp_armed) {
        g_temp_armed = 0;
        ::sigaction(SIGINT, &g_old_int, nullptr);
        ::sigaction(SIGTERM, &g_old_term, nullptr);
    }
}

void AtomicFile::fail(const char* step) {
    const std::string reason = std::strerror(errno);
    discard();
    throw std::runtime_error("cannot write " + path_ + " (" + step + "): " + reason);
}

void AtomicFile::write(const std::string& content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd_, data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail("write");
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
}

void AtomicFile::commit() {
    if (::fsync(fd_) != 0) fail("fsync");
    // mkstemp creates the file with mode 0600; give it the permissions it would otherwise have.
    if (::fchmod(fd_, target_mode(path_)) != 0) fail("chmod");
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail("close");
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail("rename");
    temp_.clear();  // it is the file now
    discard();
}

void write_file_atomically(const std::string& path, const std::string& content) {
    if (const std::string problem = check_output_path(path); !problem.empty()) throw std::runtime_error(problem);
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

std::string check_output_path(const std::string& path) {
    if (path.empty()) return "cannot write an empty file name";
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return "cannot write " + path + ": it exists and is not a regular file (a folder or a device)";
    const std::string folder = folder_of(path);
    if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return "cannot write " + path + ": the folder " + folder + " does not exist";
    if (virtual_file_system(folder))
        return "cannot write " + path + ": the folder " + folder + " is a virtual file system (/proc or /sys)";
    if (::access(folder.c_str(), W_OK) != 0)
        return "cannot write " + path + ": the folder " + folder + " is not writable";
    // The only sure test: create the temporary file the write will use, and remove it again.
    try {
        const AtomicFile probe(path);
    } catch (const std::runtime_error& e) {
        return std::string(e.what()) + " (a temporary file cannot be created in " + folder + ")";
    }
    return {};
}

}  // namespace mvzsim::cli
