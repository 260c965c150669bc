namespace Crm.Benchmarks;

/// <summary>Fixed vocabularies the seeded records pick from, and how to unwrap a domain result that must succeed.</summary>
internal static class SeedValues
{
    public static readonly string[] MailProviders =
        ["gmail.com", "orange.fr", "free.fr", "outlook.fr", "yahoo.fr", "hotmail.com", "laposte.net", "sfr.fr", "wanadoo.fr", "icloud.com", "outlook.com", "yahoo.co.uk"];

    public static readonly string[] Sources = ["web", "salon", "import", "recommandation", "linkedin", "webinar"];

    public static readonly string[] Tags = ["vip", "newsletter", "partenaire", "b2b", "relance"];

    public static readonly string[] Roles = ["Acheteur", "Directeur", "Comptable", "Buyer", "CTO", "Assistant"];

    public static readonly string[] Industries = ["Software", "Retail", "Banking", "Construction", "Healthcare", "Logistics", "Energy", "Media"];

    public static T Value<T>(Crm.Shared.Kernel.Result<T> result, string what) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"Generated {what} was refused: {result.Error.Message}");
}
