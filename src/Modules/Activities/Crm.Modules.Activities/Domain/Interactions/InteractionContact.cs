namespace Crm.Modules.Activities.Domain.Interactions;

/// <summary>A contact (of the Contacts module, kept as its id) an interaction was with.</summary>
internal sealed class InteractionContact(InteractionId interactionId, Guid contactId)
{
    public InteractionId InteractionId { get; private set; } = interactionId;

    public Guid ContactId { get; private set; } = contactId;
}
