namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>A pair of contacts alike enough to be shown, its score (0 to 1) and why.</summary>
internal readonly record struct Likeness(double Score, LikenessReasons Reasons);

/// <summary>
/// How alike two contacts' names are. Both last names must be close (Jaro-Winkler at least 0.88: "Dupont"/"Dupond")
/// and both first names too (0.85, or an initial: "J." and "Jean"); the score is 0.8 × their mean similarity, plus
/// 0.15 when the two share a linked company, so the same whole name alone scores 0.8 and with a company 0.95, below an
/// exact email (1). Each of email and phone that both have and that differ takes <see cref="ConflictPenalty"/> off:
/// two namesakes with their own email and phone (a common name in a large base) fall under <see cref="Threshold"/>,
/// which pairs under are not kept, unless they share a company.
/// </summary>
internal static class NameLikeness
{
    public const double Threshold = 0.75;
    public const double MinLastName = 0.88;
    public const double MinFirstName = 0.85;
    public const double Initial = 0.85;
    public const double NameWeight = 0.8;
    public const double SameCompanyBonus = 0.15;
    public const double ConflictPenalty = 0.05;

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
        var score = Math.Round((NameWeight * (last + first) / 2) + (sameCompany ? SameCompanyBonus : 0) - (a.ConflictsWith(b) * ConflictPenalty), 2);
        if (score < Threshold)
        {
            return null;
        }

        var reasons = last == 1 && first == 1 ? LikenessReasons.SameName : LikenessReasons.SimilarName;
        return new Likeness(score, sameCompany ? reasons | LikenessReasons.SameCompany : reasons);
    }

    /// <summary>
    /// Whether two contacts holding one phone number may be one person. When they alone hold it, their first names must
    /// agree (or one be missing): a last name changes on marriage. A number more contacts hold is a company's
    /// switchboard, written on every colleague's card: it joins only namesakes.
    /// </summary>
    public static bool MayShareNumber(ScannedContact a, ScannedContact b, bool theyAloneHoldIt) =>
        theyAloneHoldIt ? a.First.Length == 0 || b.First.Length == 0 || FirstNames(a.First, b.First) >= MinFirstName : Of(a, b) is not null;

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
