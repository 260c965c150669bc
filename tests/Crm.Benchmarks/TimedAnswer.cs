namespace Crm.Benchmarks;

/// <summary>One timed GET: milliseconds to the end of the body, the ids of the items it held, and the next page's cursor if any.</summary>
internal sealed record TimedAnswer(double Milliseconds, IReadOnlyList<Guid> Ids, string? NextCursor);
