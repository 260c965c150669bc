using Crm.Modules.Contacts.Domain.Companies;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Contacts;

/// <summary>A company the contact works for or with, the role held there ("CFO", "buyer"), and whether it is the main one.</summary>
internal sealed record ContactCompany
{
    public const int RoleMaxLength = 100;

    private ContactCompany(CompanyId companyId, string? role, bool isPrimary)
    {
        CompanyId = companyId;
        Role = role;
        IsPrimary = isPrimary;
    }

    public CompanyId CompanyId { get; private init; }

    public string? Role { get; private init; }

    public bool IsPrimary { get; private init; }

    public static Result<ContactCompany> Create(CompanyId companyId, string? role, bool isPrimary)
    {
        var cleanRole = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        return cleanRole?.Length > RoleMaxLength
            ? Error.Validation("contact.company_role_too_long", $"A role holds at most {RoleMaxLength} characters.")
            : new ContactCompany(companyId, cleanRole, isPrimary);
    }

    public ContactCompany MarkedPrimary() => this with { IsPrimary = true };

    /// <summary>The same link (role, main or not) to another company.</summary>
    public ContactCompany To(CompanyId companyId) => this with { CompanyId = companyId };
}
