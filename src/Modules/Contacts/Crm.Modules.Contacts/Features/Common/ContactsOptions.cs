namespace Crm.Modules.Contacts.Features.Common;

/// <summary>The installation's settings for the Contacts module (configuration section <c>Contacts</c>).</summary>
internal sealed class ContactsOptions
{
    public const string Section = "Contacts";

    /// <summary>The country whose numbering plan applies to phone numbers typed without an international prefix.</summary>
    public string DefaultPhoneRegion { get; set; } = "FR";
}
