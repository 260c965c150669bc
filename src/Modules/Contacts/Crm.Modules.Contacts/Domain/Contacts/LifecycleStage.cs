namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>How far a contact has come on the way from first touch to customer and advocate.</summary>
internal enum LifecycleStage
{
    Subscriber,
    Lead,
    MarketingQualified,
    SalesQualified,
    Opportunity,
    Customer,
    Evangelist,
    Other,
}
