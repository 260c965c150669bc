namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>Where a contact stands on the lifecycle after a step forward: a contact past that step stays where it is.</summary>
internal static class LifecycleProgress
{
    /// <summary>Opportunity, unless the contact already buys (customer) or advocates (evangelist).</summary>
    public static LifecycleStage ToOpportunity(LifecycleStage current) =>
        current is LifecycleStage.Customer or LifecycleStage.Evangelist ? current : LifecycleStage.Opportunity;
}
