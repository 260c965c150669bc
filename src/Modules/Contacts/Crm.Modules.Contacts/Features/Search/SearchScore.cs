namespace Crm.Modules.Contacts.Features.Search;

/// <summary>
/// How well a record's search text answers a query, the same on every database: each word of the query is scored
/// against the record's best word (1 for its beginning, 0.9 inside it, else the share of letter triples they have in
/// common, which forgives a typo), and the query scores its weakest word. A query that begins the record's name ranks first.
/// </summary>
internal static class SearchScore
{
    public const double Threshold = 0.45;

    public static double Of(string query, string searchName, string searchText)
    {
        var queryWords = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (queryWords.Length == 0)
        {
            return 0;
        }

        var textWords = searchText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var weakest = queryWords.Min(q => textWords.Length == 0 ? 0 : textWords.Max(w => WordScore(q, w)));
        return searchName.StartsWith(query, StringComparison.Ordinal) ? weakest + 1 : weakest;
    }

    private static double WordScore(string query, string word)
    {
        if (word.StartsWith(query, StringComparison.Ordinal))
        {
            return 1;
        }

        if (word.Contains(query, StringComparison.Ordinal))
        {
            return 0.9;
        }

        var a = Trigrams(query);
        var b = Trigrams(word);
        var common = a.Count(b.Contains);
        return common == 0 ? 0 : (double)common / (a.Count + b.Count - common);
    }

    /// <summary>The letter triples of a word padded as pg_trgm pads it ("  a", " ab", "abc", "bc ").</summary>
    private static HashSet<string> Trigrams(string word)
    {
        var padded = $"  {word} ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }

        return set;
    }
}
