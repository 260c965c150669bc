using Crm.Modules.Contacts.Domain.DuplicateScans;

namespace Crm.Modules.Contacts.Features.Search;

/// <summary>
/// How well a record's search text answers a query, the same on every database: each word of the query is scored
/// against the record's best word (1 for its beginning, 0.9 inside it, else how alike they are, which forgives a
/// typo), and the query scores its weakest word. A query that begins the record's name ranks first.
/// </summary>
internal static class SearchScore
{
    public const double Threshold = 0.45;

    private const double TypoLikeness = 0.88;
    private const double TypoWeight = 0.8;

    public static double Of(string query, string searchName, string searchText)
    {
        var queryWords = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (queryWords.Length == 0)
        {
            return 0;
        }

        var textWords = searchText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var weakest = queryWords.Min(q => textWords.Length == 0 ? 0 : textWords.Max(w => OfWord(q, w)));
        return searchName.StartsWith(query, StringComparison.Ordinal) ? weakest + 1 : weakest;
    }

    /// <summary>How well one word of a query answers one word of a text.</summary>
    public static double OfWord(string query, string word)
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
        var sharedTriples = common == 0 ? 0 : (double)common / (a.Count + b.Count - common);
        // One wrong letter breaks three letter triples: "dupomt" shares only 40 % of "dupont"'s, yet is plainly a typo of it.
        var alike = JaroWinkler.Similarity(query, word);
        return Math.Max(sharedTriples, alike >= TypoLikeness ? alike * TypoWeight : 0);
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
