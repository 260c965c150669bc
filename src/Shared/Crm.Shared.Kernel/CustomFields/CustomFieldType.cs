namespace Crm.Shared.Kernel.CustomFields;

/// <summary>What a custom field holds, which decides how its values are checked, stored (JSON), filtered and sorted.</summary>
public enum CustomFieldType
{
    /// <summary>One line of text, at most <see cref="CustomFieldDefinition.TextMaxLength"/> characters.</summary>
    Text,

    /// <summary>Several lines, at most <see cref="CustomFieldDefinition.LongTextMaxLength"/> characters.</summary>
    LongText,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>An amount in the field's currency, to the cent.</summary>
    Money,

    /// <summary>A calendar date, stored <c>yyyy-MM-dd</c> so that text order is date order.</summary>
    Date,

    Bool,

    /// <summary>The key of one of the field's options.</summary>
    SingleSelect,

    /// <summary>The keys of some of the field's options, in the options' order.</summary>
    MultiSelect,

    /// <summary>An absolute http or https address.</summary>
    Url,

    Email,

    /// <summary>A phone number in E.164.</summary>
    Phone,
}
