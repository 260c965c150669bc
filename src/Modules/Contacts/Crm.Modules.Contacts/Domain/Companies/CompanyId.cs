using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Companies;

internal readonly record struct CompanyId(Guid Value) : ITypedId, IComparable<CompanyId>
{
    public static CompanyId New() => new(TypedId.NewValue());

    public int CompareTo(CompanyId other) => Value.CompareTo(other.Value);
}
