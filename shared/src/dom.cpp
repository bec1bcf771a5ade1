// The loader's DOM arena (see dom.hpp).
#include "dom.hpp"

#include <algorithm>
#include <cstdlib>
#include <new>

namespace polity::detail {

namespace {

constexpr std::size_t kMaxBlock = 8u << 20;  // blocks double up to this, then stay

DomArena*& CurrentSlot() {
    static thread_local DomArena* current = nullptr;
    return current;
}

} // namespace

DomArena::~DomArena() {
    for (const Block& b : blocks_) std::free(reinterpret_cast<void*>(b.start));
}

void* DomArena::Allocate(std::size_t bytes, std::size_t align) {
    std::uintptr_t p = (at_ + align - 1) & ~static_cast<std::uintptr_t>(align - 1);
    if (at_ == 0 || p + bytes > end_) {
        NewBlock(bytes + align);
        p = (at_ + align - 1) & ~static_cast<std::uintptr_t>(align - 1);
    }
    at_ = p + bytes;
    return reinterpret_cast<void*>(p);
}

void DomArena::NewBlock(std::size_t at_least) {
    const std::size_t size = std::max(next_size_, at_least);
    next_size_ = std::min(next_size_ * 2, kMaxBlock);
    void* memory = std::malloc(size);
    if (!memory) {
#if defined(__cpp_exceptions)
        throw std::bad_alloc();  // what std::allocator would do
#else
        std::abort();
#endif
    }
    const Block block{reinterpret_cast<std::uintptr_t>(memory), reinterpret_cast<std::uintptr_t>(memory) + size};
    blocks_.insert(std::upper_bound(blocks_.begin(), blocks_.end(), block,
                                    [](const Block& a, const Block& b) { return a.start < b.start; }),
                   block);
    at_ = block.start;
    end_ = block.end;
}

bool DomArena::Owns(const void* p) const {
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    auto it = std::upper_bound(blocks_.begin(), blocks_.end(), at,
                               [](std::uintptr_t a, const Block& b) { return a < b.start; });
    return it != blocks_.begin() && at < std::prev(it)->end;
}

DomArena* CurrentDomArena() { return CurrentSlot(); }

DomArenaScope::DomArenaScope(DomArena& arena) : previous_(CurrentSlot()) { CurrentSlot() = &arena; }

DomArenaScope::~DomArenaScope() { CurrentSlot() = previous_; }

} // namespace polity::detail
