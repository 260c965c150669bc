namespace Crm.Benchmarks;

/// <summary>
/// One timed request of one query kind: what was typed, milliseconds, how many items came back, and whether the
/// seeded contact the text was drawn from was among them (null when the text was not drawn from one).
/// </summary>
internal sealed record SearchSample(string Kind, string Text, double Milliseconds, int Items, bool? FoundSource);
