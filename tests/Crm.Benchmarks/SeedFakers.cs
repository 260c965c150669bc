using Bogus;

namespace Crm.Benchmarks;

/// <summary>
/// Bogus fakers for the French and English locales and one random source for every other choice, all from one seed,
/// so two runs with the same counts seed the same people.
/// </summary>
internal sealed class SeedFakers
{
    public SeedFakers(int seed)
    {
        French = new Faker("fr") { Random = new Randomizer(seed) };
        English = new Faker("en") { Random = new Randomizer(seed + 1) };
        Random = new Random(seed + 2);
    }

    public Faker French { get; }

    public Faker English { get; }

    public Random Random { get; }

    /// <summary>French three times in five, else English.</summary>
    public (Faker Faker, bool IsFrench) NextLocale() => Random.Next(5) < 3 ? (French, true) : (English, false);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => Random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A string of random decimal digits.</summary>
    public string Digits(int count) => string.Create(count, Random, static (span, random) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + random.Next(10));
        }
    });
}
