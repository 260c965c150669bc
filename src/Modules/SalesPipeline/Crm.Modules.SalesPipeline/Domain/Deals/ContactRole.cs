namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>The part a contact plays in a deal.</summary>
internal enum ContactRole
{
    DecisionMaker,
    Influencer,
    Champion,
    User,
    Other,
}
