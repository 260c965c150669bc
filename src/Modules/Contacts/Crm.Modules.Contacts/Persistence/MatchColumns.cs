using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence;

/// <summary>
/// A contact's primary email (lower case) and primary phone number (E.164) as indexed columns, written on every save:
/// an import matches thousands of rows at once against them, which the emails and phones JSON cannot be indexed for on
/// every database.
/// </summary>
internal static class MatchColumns
{
    public const string Email = "EmailKey";
    public const string Phone = "PhoneKey";

    public static void Configure(EntityTypeBuilder<Contact> contact)
    {
        contact.Property<string?>(Email).HasColumnName("email_key").HasMaxLength(320);
        contact.Property<string?>(Phone).HasColumnName("phone_key").HasMaxLength(32);
        contact.HasIndex(Email);
        contact.HasIndex(Phone);
    }

    public static string? EmailOf(Contact contact) => EmailKey(contact.PrimaryEmail);

    public static string? PhoneOf(Contact contact) => contact.PrimaryPhone;

    public static string? EmailKey(string? address) => address?.ToLowerInvariant();
}
