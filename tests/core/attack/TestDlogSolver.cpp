// SPDX-License-Identifier: LGPL-3.0-or-later
// The solver on random toy instances. The groups are found here (safe primes by a Miller-Rabin written for this
// test) and every answer is checked with a plain square-and-multiply, so nothing relies on the solver's own code.
#include "core/attack/DlogSolver.h"
#include "core/crypto/Bytes.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <numbers>
#include <random>
#include <thread>

using namespace keyladder;

namespace {

__extension__ typedef unsigned __int128 Wide;
using Status = DlogResult::Status;
using SteadyClock = std::chrono::steady_clock;

std::uint64_t mulModRef(std::uint64_t a, std::uint64_t b, std::uint64_t m) {
    return static_cast<std::uint64_t>(static_cast<Wide>(a) * b % m);
}

std::uint64_t powModRef(std::uint64_t base, std::uint64_t e, std::uint64_t m) {
    std::uint64_t result = 1 % m;
    base %= m;
    while (e != 0) {
        if (e & 1)
            result = mulModRef(result, base, m);
        base = mulModRef(base, base, m);
        e >>= 1;
    }
    return result;
}

// Miller-Rabin with the bases 2..37, deterministic below 3.3e24 (Sorenson and Webster 2015).
bool isPrimeRef(std::uint64_t n) {
    const std::uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    if (n < 2)
        return false;
    for (std::uint64_t b : bases) {
        if (n % b == 0)
            return n == b;
    }
    std::uint64_t d = n - 1;
    int s = 0;
    for (; d % 2 == 0; d /= 2)
        ++s;
    for (std::uint64_t b : bases) {
        std::uint64_t x = powModRef(b, d, n);
        if (x == 1 || x == n - 1)
            continue;
        int i = 1;
        for (; i < s; ++i) {
            x = mulModRef(x, x, n);
            if (x == n - 1)
                break;
        }
        if (i == s)
            return false;
    }
    return true;
}

struct ToyGroup {
    std::uint64_t p, q, g;
};

// A safe prime p = 2q+1 of exactly `bits` bits and a generator g of the order-q subgroup (a square other than 1).
ToyGroup makeToyGroup(int bits, std::mt19937_64& rng) {
    for (;;) {
        const std::uint64_t top = std::uint64_t{1} << (bits - 2);
        const std::uint64_t q = (rng() & (top - 1)) | top | 1; // bits-1 bits, so p has exactly `bits`
        const std::uint64_t p = 2 * q + 1;
        if (!isPrimeRef(q) || !isPrimeRef(p))
            continue;
        std::uint64_t g = 1;
        while (g == 1)
            g = powModRef(2 + rng() % (p - 3), 2, p);
        return {p, q, g};
    }
}

// An element of order 2q: outside the subgroup. Squares are in it, so a non-square is wanted.
std::uint64_t nonResidue(const ToyGroup& group) {
    for (std::uint64_t n = 2;; ++n) {
        if (powModRef(n, group.q, group.p) != 1)
            return n;
    }
}

DlogResult runSolver(const QString& method, const DlogProblem& problem, const DlogOptions& options) {
    if (method == QLatin1String("rho"))
        return solveDlogRho(problem, options);
    if (method == QLatin1String("bsgs"))
        return solveDlogBabyGiant(problem, options);
    return solveDlog(problem, options);
}

std::uint64_t seedFor(int bits, const QString& method, unsigned threads) {
    return std::uint64_t(bits) * 1000003 + method.at(0).unicode() * 10U + threads;
}

} // namespace

class TestDlogSolver : public QObject {
    Q_OBJECT
private slots:
    void findsExponent_data() {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("method");
        QTest::addColumn<unsigned>("threads");
        QTest::addColumn<int>("instances");
        for (int bits : {24, 32, 40, 48}) {
            for (const QString& method : {QStringLiteral("auto"), QStringLiteral("rho"), QStringLiteral("bsgs")}) {
                const bool bsgs = method == QLatin1String("bsgs");
                if (bsgs && bits > 40)
                    continue; // a 2^20-entry table and 2^27 giant steps: slow, and nothing new
                for (unsigned threads : {1U, 2U}) {
                    if (bsgs && threads == 2)
                        continue; // single-threaded by design
                    const QString tag = QStringLiteral("toy-%1 %2 %3 thread(s)").arg(bits).arg(method).arg(threads);
                    QTest::newRow(qPrintable(tag)) << bits << method << threads << (bits <= 40 ? 4 : 2);
                }
            }
        }
        // The real solver takes about 0.2 s here; one instance shows the 56-bit path end to end.
        QTest::addRow("toy-56 auto 2 threads") << 56 << QStringLiteral("auto") << 2U << 1;
    }

    void findsExponent() {
        QFETCH(int, bits);
        QFETCH(QString, method);
        QFETCH(unsigned, threads);
        QFETCH(int, instances);
        std::mt19937_64 rng(seedFor(bits, method, threads));
        for (int i = 0; i < instances; ++i) {
            const ToyGroup group = makeToyGroup(bits, rng);
            QCOMPARE(64 - __builtin_clzll(group.p), bits);
            const std::uint64_t x = rng() % group.q;
            const DlogProblem problem{group.p, group.g, group.q, powModRef(group.g, x, group.p)};
            DlogOptions options;
            options.threads = threads;
            options.seed = rng();
            const DlogResult result = runSolver(method, problem, options);
            QCOMPARE(result.status, Status::Found);
            QVERIFY(result.exponent < group.q);
            QCOMPARE(powModRef(group.g, result.exponent, group.p), problem.h);
            QCOMPARE(result.exponent, x); // g has prime order q, so the exponent in [0, q) is unique
            QVERIFY(result.iterations > 0);
            if (method == QLatin1String("bsgs") || (method == QLatin1String("auto") && group.q < kBabyGiantLimit))
                QCOMPARE(QString::fromStdString(result.method), QStringLiteral("baby-step giant-step"));
            else
                QVERIFY(result.method.starts_with("Pollard rho (distinguished points, " + std::to_string(threads)));
        }
    }

    // Exponents too small for rho to care about, but they exercise the 64-bit path of baby-step giant-step.
    void babyGiantOn64Bits() {
        std::mt19937_64 rng(64);
        const ToyGroup group = makeToyGroup(64, rng);
        for (std::uint64_t x : {std::uint64_t{2}, std::uint64_t{123456}, (std::uint64_t{1} << 20) + 77,
                                (std::uint64_t{1} << 23) + 5}) {
            const DlogProblem problem{group.p, group.g, group.q, powModRef(group.g, x, group.p)};
            const DlogResult result = solveDlogBabyGiant(problem, {});
            QCOMPARE(result.status, Status::Found);
            QCOMPARE(result.exponent, x);
        }
    }

    // Every exponent of a few tiny groups, where walks collide with themselves and degenerate collisions abound.
    void tinyGroupsExhaustively_data() {
        QTest::addColumn<quint64>("q");
        for (quint64 q : {2ULL, 3ULL, 5ULL, 11ULL, 23ULL, 83ULL, 509ULL})
            QTest::newRow(qPrintable(QStringLiteral("p = %1").arg(2 * q + 1))) << q;
    }
    void tinyGroupsExhaustively() {
        QFETCH(quint64, q);
        QVERIFY(isPrimeRef(q) && isPrimeRef(2 * q + 1));
        const std::uint64_t p = 2 * q + 1;
        const std::uint64_t g = 9 % p; // 3^2: a square, and not 1 for p > 8
        for (std::uint64_t x = 0; x < q; ++x) {
            const DlogProblem problem{p, g, q, powModRef(g, x, p)};
            for (unsigned threads : {1U, 2U}) {
                DlogOptions options;
                options.threads = threads;
                options.seed = x + 1;
                const DlogResult rho = solveDlogRho(problem, options);
                QCOMPARE(rho.status, Status::Found);
                QCOMPARE(rho.exponent, x);
            }
            const DlogResult bsgs = solveDlogBabyGiant(problem, {});
            QCOMPARE(bsgs.status, Status::Found);
            QCOMPARE(bsgs.exponent, x);
        }
    }

    void trivialExponent() {
        std::mt19937_64 rng(7);
        const ToyGroup group = makeToyGroup(40, rng);
        for (const QString& method : {QStringLiteral("auto"), QStringLiteral("rho"), QStringLiteral("bsgs")}) {
            const DlogResult one = runSolver(method, {group.p, group.g, group.q, 1}, {});
            QCOMPARE(one.status, Status::Found);
            QCOMPARE(one.exponent, std::uint64_t{0});
            const DlogResult same = runSolver(method, {group.p, group.g, group.q, group.g}, {});
            QCOMPARE(same.status, Status::Found);
            QCOMPARE(same.exponent, std::uint64_t{1});
        }
    }

    void notInGroup_data() {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("element");
        for (int bits : {24, 48, 64}) {
            for (const QString& method : {QStringLiteral("auto"), QStringLiteral("rho"), QStringLiteral("bsgs")}) {
                for (const char* element : {"p-1", "non-residue", "non-residue power", "zero", "p", "p+5"}) {
                    const QString tag = QStringLiteral("toy-%1 %2 %3").arg(bits).arg(method, QLatin1String(element));
                    QTest::newRow(qPrintable(tag)) << bits << method << QString::fromLatin1(element);
                }
            }
        }
    }

    void notInGroup() {
        QFETCH(int, bits);
        QFETCH(QString, method);
        QFETCH(QString, element);
        std::mt19937_64 rng(bits);
        const ToyGroup group = makeToyGroup(bits, rng);
        std::uint64_t h = 0;
        if (element == QLatin1String("p-1"))
            h = group.p - 1;
        else if (element == QLatin1String("non-residue"))
            h = nonResidue(group);
        else if (element == QLatin1String("non-residue power"))
            h = powModRef(nonResidue(group), 2 * (rng() % group.q) + 1, group.p);
        else if (element == QLatin1String("p"))
            h = group.p;
        else if (element == QLatin1String("p+5"))
            h = group.p + 5;
        const DlogResult result = runSolver(method, {group.p, group.g, group.q, h}, {});
        QCOMPARE(result.status, Status::NotInGroup);
    }

    void rejectsBadGroup_data() {
        QTest::addColumn<quint64>("p");
        QTest::addColumn<quint64>("g");
        QTest::addColumn<quint64>("q");
        // 1019 = 2*509+1, both prime; 4 = 2^2 lies in the subgroup of order 509, 2 does not (1019 = 3 mod 8).
        QTest::newRow("valid") << quint64{1019} << quint64{4} << quint64{509};
        QTest::newRow("p != 2q+1") << quint64{1019} << quint64{4} << quint64{508};
        QTest::newRow("q composite") << quint64{1031} << quint64{4} << quint64{515};
        QTest::newRow("g = 1") << quint64{1019} << quint64{1} << quint64{509};
        QTest::newRow("g = 0") << quint64{1019} << quint64{0} << quint64{509};
        QTest::newRow("g outside the subgroup") << quint64{1019} << quint64{2} << quint64{509};
        QTest::newRow("g = p") << quint64{1019} << quint64{1019} << quint64{509};
        QTest::newRow("p over 64 bits") << quint64{1} << quint64{4} << quint64{(std::uint64_t{1} << 63) + 1};
    }

    void rejectsBadGroup() {
        QFETCH(quint64, p);
        QFETCH(quint64, g);
        QFETCH(quint64, q);
        const bool valid = QByteArray(QTest::currentDataTag()) == "valid";
        const DlogProblem problem{p, g, q, 16};
        for (const QString& method : {QStringLiteral("auto"), QStringLiteral("rho"), QStringLiteral("bsgs")}) {
            if (valid) {
                const DlogResult result = runSolver(method, problem, {});
                QCOMPARE(result.status, Status::Found);
                QCOMPARE(result.exponent, std::uint64_t{2});
            } else {
                QVERIFY_THROWS_EXCEPTION(Error, runSolver(method, problem, {}));
            }
        }
    }

    void deterministicWithOneThread() {
        std::mt19937_64 rng(4848);
        const ToyGroup group = makeToyGroup(44, rng);
        const DlogProblem problem{group.p, group.g, group.q, powModRef(group.g, rng() % group.q, group.p)};
        DlogOptions options;
        options.threads = 1;
        options.seed = 99;
        const DlogResult first = solveDlogRho(problem, options);
        const DlogResult second = solveDlogRho(problem, options);
        QCOMPARE(first.status, Status::Found);
        QCOMPARE(second.status, Status::Found);
        QCOMPARE(first.exponent, second.exponent);
        QCOMPARE(first.iterations, second.iterations);
        options.seed = 100;
        const DlogResult other = solveDlogRho(problem, options);
        QCOMPARE(other.exponent, first.exponent);
        QVERIFY(other.iterations != first.iterations); // another seed, another walk
    }

    // From setting the flag to solveDlog returning, with a steady clock: a functional bound with a wide margin
    // (the workers look at the flag every few thousand steps, i.e. tens of microseconds).
    void cancellation_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<unsigned>("threads");
        QTest::newRow("rho 1 thread") << QStringLiteral("rho") << 1U;
        QTest::newRow("rho 2 threads") << QStringLiteral("rho") << 2U;
        QTest::newRow("rho all cores") << QStringLiteral("auto") << 0U;
        QTest::newRow("baby-step giant-step") << QStringLiteral("bsgs") << 1U;
    }

    void cancellation() {
        QFETCH(QString, method);
        QFETCH(unsigned, threads);
        std::mt19937_64 rng(6464);
        const ToyGroup group = makeToyGroup(64, rng);
        const DlogProblem problem{group.p, group.g, group.q, powModRef(group.g, group.q - 3, group.p)};
        std::atomic<bool> cancel{false};
        DlogOptions options;
        options.threads = threads;
        options.cancel = &cancel;
        DlogResult result;
        SteadyClock::time_point returned;
        std::thread solver([&] {
            result = runSolver(method, problem, options);
            returned = SteadyClock::now();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        const auto flagged = SteadyClock::now();
        cancel.store(true);
        solver.join();
        const auto latency = std::chrono::duration_cast<std::chrono::microseconds>(returned - flagged);
        qInfo("cancelled after %lld us", static_cast<long long>(latency.count()));
        QCOMPARE(result.status, Status::Cancelled);
        QVERIFY2(latency < std::chrono::milliseconds(100), qPrintable(QString::number(latency.count())));
        QVERIFY(result.iterations > 0);
    }

    void cancelledBeforeStart() {
        std::mt19937_64 rng(6465);
        const ToyGroup group = makeToyGroup(64, rng);
        std::atomic<bool> cancel{true};
        DlogOptions options;
        options.cancel = &cancel;
        const auto start = SteadyClock::now();
        const DlogResult result = solveDlog({group.p, group.g, group.q, powModRef(group.g, 2, group.p)}, options);
        QCOMPARE(result.status, Status::Cancelled);
        QVERIFY(SteadyClock::now() - start < std::chrono::milliseconds(100));
    }

    void budgetAndProgress_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<unsigned>("threads");
        QTest::newRow("rho 1 thread") << QStringLiteral("rho") << 1U;
        QTest::newRow("rho 2 threads") << QStringLiteral("rho") << 2U;
        QTest::newRow("baby-step giant-step") << QStringLiteral("bsgs") << 1U;
    }

    void budgetAndProgress() {
        QFETCH(QString, method);
        QFETCH(unsigned, threads);
        std::mt19937_64 rng(6466);
        const ToyGroup group = makeToyGroup(64, rng);
        const DlogProblem problem{group.p, group.g, group.q, powModRef(group.g, group.q - 5, group.p)};
        constexpr double budget = 0.6;
        std::vector<DlogProgress> reports;
        DlogOptions options;
        options.threads = threads;
        options.budgetSeconds = budget;
        options.progress = [&reports](const DlogProgress& progress) { reports.push_back(progress); };
        const auto start = SteadyClock::now();
        const DlogResult result = runSolver(method, problem, options);
        const double wall = std::chrono::duration<double>(SteadyClock::now() - start).count();
        QCOMPARE(result.status, Status::OutOfBudget);
        QVERIFY2(result.seconds >= budget && result.seconds < budget + 0.1, qPrintable(QString::number(result.seconds)));
        QVERIFY(wall < budget + 0.15);
        // About ten a second; the first comes after 100 ms.
        QVERIFY2(reports.size() >= 3 && reports.size() <= 7, qPrintable(QString::number(reports.size())));
        for (std::size_t i = 1; i < reports.size(); ++i) {
            QVERIFY(reports[i].iterations >= reports[i - 1].iterations);
            QVERIFY(reports[i].seconds > reports[i - 1].seconds);
        }
        QVERIFY(reports.back().iterations <= result.iterations);
        if (method == QLatin1String("rho")) {
            const double expected = std::sqrt(std::numbers::pi * static_cast<double>(group.q) / 2);
            QCOMPARE(reports.front().expectedIterations, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDlogSolver)
#include "TestDlogSolver.moc"
