namespace Crm.Benchmarks;

/// <summary>
/// Sends every kind's warm-up requests untimed, then the timed ones sequentially, one of each kind per round, so that
/// a change in the machine's load touches every kind alike.
/// </summary>
internal static class SearchMeasurement
{
    public static async Task<IReadOnlyList<SearchSample>> RunAsync(SearchClient client, IReadOnlyList<QueryKind> kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds)
        {
            foreach (var query in kind.WarmUp)
            {
                await client.GetAsync(query.Path, cancellationToken);
            }
        }

        var samples = new List<SearchSample>();
        var rounds = kinds.Max(k => k.Timed.Count);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var kind in kinds.Where(k => round < k.Timed.Count))
            {
                var query = kind.Timed[round];
                var answer = await client.GetAsync(query.Path, cancellationToken);
                samples.Add(new SearchSample(kind.Name, query.Text, answer.Milliseconds, answer.Ids.Count, query.Source is { } source ? answer.Ids.Contains(source) : null));
            }

            if ((round + 1) % 50 == 0)
            {
                Console.WriteLine($"  measure: {round + 1}/{rounds} rounds");
            }
        }

        return samples;
    }
}
