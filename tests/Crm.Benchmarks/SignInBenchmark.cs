using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Crm.Benchmarks;

/// <summary>What one timed sign-in request was.</summary>
internal enum SignInKind
{
    RightPassword,
    WrongPassword,
    UnknownEmail,
}

internal sealed record SignInSample(Provider Provider, SignInKind Kind, double Milliseconds);

/// <summary>
/// Sign-in times, password hashing included: one host per provider, side by side, each with the administrator from
/// <c>CRM_ADMIN_EMAIL</c>/<c>CRM_ADMIN_PASSWORD</c> and the per-address rate limit lifted. After a warm-up, sequential
/// <c>POST /api/v1/auth/sign-in</c> requests alternate between the hosts, each round giving each host the right
/// password, then (in <c>--refusals</c> rounds spread evenly) a wrong password followed by an untimed right one, so the
/// failure count never nears the lockout and the next timed success has no count to reset, and an unknown email.
/// Refusals should cost about what a success costs.
/// </summary>
internal static class SignInBenchmark
{
    public const string Email = "bench@crm.test";
    public const string Password = "violet tractor harbour";
    private const string WrongPassword = "not the password at all";
    private const string UnknownEmail = "nobody@crm.test";

    public static async Task<IReadOnlyList<SignInSample>> ExecuteAsync(
        RepositoryLayout layout, PostgresServer postgres, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var targets = new List<SignInTarget>();
        try
        {
            foreach (var provider in new[] { Provider.Sqlite, Provider.Postgres })
            {
                targets.Add(await StartAsync(layout, postgres, provider, options, cancellationToken));
            }

            for (var i = 0; i < options.WarmUp; i++)
            {
                foreach (var target in targets)
                {
                    await target.SignInAsync(Email, Password, HttpStatusCode.OK, cancellationToken);
                    await target.SignInAsync(UnknownEmail, WrongPassword, HttpStatusCode.Unauthorized, cancellationToken);
                }
            }

            // Kinds interleave, refusals spread evenly over the rounds, so a change in the machine's load touches them alike.
            var samples = new List<SignInSample>();
            var rounds = Math.Max(options.SignIns, options.Refusals);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var target in InTurn(targets, round))
                {
                    if (Spread(round, options.SignIns, rounds))
                    {
                        samples.Add(new(target.Provider, SignInKind.RightPassword, await target.SignInAsync(Email, Password, HttpStatusCode.OK, cancellationToken)));
                    }

                    if (Spread(round, options.Refusals, rounds))
                    {
                        samples.Add(new(target.Provider, SignInKind.WrongPassword, await target.SignInAsync(Email, WrongPassword, HttpStatusCode.Unauthorized, cancellationToken)));
                        await target.SignInAsync(Email, Password, HttpStatusCode.OK, cancellationToken); // resets the failure count, untimed
                        samples.Add(new(target.Provider, SignInKind.UnknownEmail, await target.SignInAsync(UnknownEmail, WrongPassword, HttpStatusCode.Unauthorized, cancellationToken)));
                    }
                }
            }

            return samples;
        }
        finally
        {
            foreach (var target in targets)
            {
                target.Dispose();
            }
        }
    }

    /// <summary>
    /// Milliseconds of one check of the right password against a hash made by ASP.NET Core Identity's default hasher
    /// (the host's), in this process: the part of a sign-in that is hashing.
    /// </summary>
    public static IReadOnlyList<double> TimeHashChecks(int count)
    {
        var hasher = new PasswordHasher<object>();
        var user = new object();
        var hash = hasher.HashPassword(user, Password);
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = hasher.VerifyHashedPassword(user, hash, Password);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (result != PasswordVerificationResult.Success)
            {
                throw new InvalidOperationException($"The hash check answered {result}.");
            }
        }

        return times;
    }

    private static async Task<SignInTarget> StartAsync(
        RepositoryLayout layout, PostgresServer postgres, Provider provider, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var setup = await HostSetup.CreateAsync(provider, postgres, "sign_in", cancellationToken);
        try
        {
            setup.Environment["CRM_ADMIN_EMAIL"] = Email;
            setup.Environment["CRM_ADMIN_PASSWORD"] = Password;
            setup.Environment["Identity__SignInAttemptsPerMinutePerAddress"] = "1000000";
            var (host, _) = await HostProcess.StartAndWaitUntilReadyAsync(layout, setup.Port, setup.Environment, options, cancellationToken);
            return new SignInTarget(provider, setup, host);
        }
        catch
        {
            setup.Dispose();
            throw;
        }
    }

    /// <summary>True in exactly <paramref name="count"/> of <paramref name="rounds"/> rounds, evenly spaced.</summary>
    private static bool Spread(int round, int count, int rounds) => (long)(round + 1) * count / rounds > (long)round * count / rounds;

    /// <summary>Every host once per round, the first one changing from round to round so neither always goes first.</summary>
    private static IEnumerable<SignInTarget> InTurn(List<SignInTarget> targets, int round) =>
        [.. targets[(round % targets.Count)..], .. targets[..(round % targets.Count)]];
}
