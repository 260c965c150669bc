namespace Crm.Modules.SalesPipeline.Domain.Deals;

/// <summary>A contact (of the Contacts module, held by id) taking part in a deal.</summary>
internal sealed class DealContact
{
    public DealContact(DealId dealId, Guid contactId, ContactRole role)
    {
        DealId = dealId;
        ContactId = contactId;
        Role = role;
    }

    public DealId DealId { get; private init; }

    public Guid ContactId { get; private init; }

    public ContactRole Role { get; internal set; }
}
