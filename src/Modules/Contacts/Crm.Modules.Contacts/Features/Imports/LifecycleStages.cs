using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>Reads a lifecycle stage by its name in English or French, or its usual abbreviation.</summary>
internal static class LifecycleStages
{
    private static readonly Dictionary<string, LifecycleStage> Names = new(StringComparer.Ordinal)
    {
        ["subscriber"] = LifecycleStage.Subscriber, ["abonne"] = LifecycleStage.Subscriber,
        ["lead"] = LifecycleStage.Lead, ["prospect"] = LifecycleStage.Lead, ["piste"] = LifecycleStage.Lead,
        ["marketing qualified"] = LifecycleStage.MarketingQualified, ["marketingqualified"] = LifecycleStage.MarketingQualified,
        ["marketing qualified lead"] = LifecycleStage.MarketingQualified, ["mql"] = LifecycleStage.MarketingQualified,
        ["prospect qualifie marketing"] = LifecycleStage.MarketingQualified,
        ["sales qualified"] = LifecycleStage.SalesQualified, ["salesqualified"] = LifecycleStage.SalesQualified,
        ["sales qualified lead"] = LifecycleStage.SalesQualified, ["sql"] = LifecycleStage.SalesQualified,
        ["prospect qualifie commercial"] = LifecycleStage.SalesQualified, ["prospect qualifie ventes"] = LifecycleStage.SalesQualified,
        ["opportunity"] = LifecycleStage.Opportunity, ["opportunite"] = LifecycleStage.Opportunity,
        ["customer"] = LifecycleStage.Customer, ["client"] = LifecycleStage.Customer,
        ["evangelist"] = LifecycleStage.Evangelist, ["evangeliste"] = LifecycleStage.Evangelist, ["ambassadeur"] = LifecycleStage.Evangelist,
        ["other"] = LifecycleStage.Other, ["autre"] = LifecycleStage.Other,
    };

    public static bool TryRead(string text, out LifecycleStage stage) => Names.TryGetValue(ImportHeaders.Normalise(text), out stage);
}
