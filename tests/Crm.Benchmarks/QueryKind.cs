namespace Crm.Benchmarks;

/// <summary>What was typed, the request that sends it, and the seeded contact it was drawn from, if one.</summary>
internal sealed record BenchQuery(string Text, string Path, Guid? Source = null);

/// <summary>One kind of query (the table's row): the warm-up requests first, then the timed ones.</summary>
internal sealed record QueryKind(string Name, IReadOnlyList<BenchQuery> WarmUp, IReadOnlyList<BenchQuery> Timed);
