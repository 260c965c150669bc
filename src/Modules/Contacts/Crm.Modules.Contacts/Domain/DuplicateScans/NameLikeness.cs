namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>A pair of contacts alike enough to be shown, its score (0 to 1) and why.</summary>
internal readonly record struct Likeness(double Score, LikenessReasons Reasons);

/// <summary>
/// How alike two contacts' names are. Both last names must be close (Jaro-Winkler at least 0.88: "Dupont"/"Dupond")
/// and both first names too (0.85, or an initial: "J." and "Jean"); the score is 0.8 × their mean similarity, plus
/// 0.15 when the two share a linked company, so the same whole name alone scores 0.8 and with a company 0.95, below an
/// exact email (1). Pairs under <see cref="Threshold"/> are not kept.
/// </summary>
internal static class NameLikeness
{
    public const double Threshold = 0.75;
    public const double MinLastName = 0.88;
    public const double MinFirstName = 0.85;
    public const double Initial = 0.85;
    public const double NameWeight = 0.8;
    public const double SameCompanyBonus = 0.15;

    public static Likeness? Of(ScannedContact a, ScannedContact b)
    {
        if (a.First.Length == 0 || b.First.Length == 0 || a.Last.Length == 0 || b.Last.Length == 0)
        {
            return null; // A last name alone is shared by too many people to mean anything.
        }

        var last = JaroWinkler.Similarity(a.Last, b.Last);
        if (last < MinLastName)
        {
            return null;
        }

        var first = FirstNames(a.First, b.First);
        if (first < MinFirstName)
        {
            return null;
        }

        var sameCompany = a.SharesCompanyWith(b);
        var score = Math.Round((NameWeight * (last + first) / 2) + (sameCompany ? SameCompanyBonus : 0), 2);
        if (score < Threshold)
        {
            return null;
        }

        var reasons = last == 1 && first == 1 ? LikenessReasons.SameName : LikenessReasons.SimilarName;
        return new Likeness(score, sameCompany ? reasons | LikenessReasons.SameCompany : reasons);
    }

    /// <summary>1 for the same first name, <see cref="Initial"/> for an initial and a name it begins, else Jaro-Winkler.</summary>
    public static double FirstNames(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        if (IsInitialOf(a, b) || IsInitialOf(b, a))
        {
            return Initial;
        }

        return JaroWinkler.Similarity(a, b);
    }

    private static bool IsInitialOf(string initial, string name) => initial.Length == 1 && name[0] == initial[0];
}
