using System.Linq.Expressions;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Infrastructure.Filters;

namespace Crm.Modules.Contacts.Features.Filters;

internal static class PhoneFilterField
{
    /// <summary>
    /// A phone number stored in E.164, compared as <see cref="FilterFields.Text{T}"/> with each value read as people type
    /// numbers (<see cref="PhoneNumberReader.PartOfE164"/>): "06 12 34 56 78" equals "+33612345678", "06 12" begins it.
    /// </summary>
    public static FilterField<T> For<T>(string name, Expression<Func<T, string?>> column, PhoneNumberReader phones)
    {
        var text = FilterFields.Text(name, column);
        return new(name, text.Kind, c => text.Where(c with { Values = [.. c.Values.Select(phones.PartOfE164)] }));
    }
}
