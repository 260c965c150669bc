namespace Crm.Benchmarks;

/// <summary>What the seeding wrote and how long each step took; <see cref="Samples"/> feed the queries.</summary>
internal sealed record SeedResult(
    int Contacts, int Companies, TimeSpan CompaniesCopy, TimeSpan ContactsCopy, TimeSpan Indexes, TimeSpan Analyze, IReadOnlyList<SeededContact> Samples)
{
    public double CompaniesPerSecond => Companies / CompaniesCopy.TotalSeconds;

    public double ContactsPerSecond => Contacts / ContactsCopy.TotalSeconds;
}
