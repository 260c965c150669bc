using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Shared.Infrastructure.CustomFields;

public static class CustomFieldErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("custom_field.not_found", $"No custom field has the id {id}.");

    public static Error KeyTaken(CustomFieldEntity entity, string key) =>
        Error.Conflict("custom_field.key_taken", $"A {entity.ToString().ToLowerInvariant()} field already has the key '{key}'; give another key or label.");

    public static Error TooMany(CustomFieldEntity entity) =>
        Error.RuleBroken("custom_field.too_many", $"A {entity.ToString().ToLowerInvariant()} has at most {CustomFieldDefinition.MaxFieldsPerEntity} custom fields, retired ones included.");

    public static Error ValuesNotUnique(CustomFieldDefinition field) =>
        Error.Conflict("custom_field.values_not_unique", $"'{field.Label}' cannot be made unique: some records share a value. Find them with a filter on the field and fix them first.");

    /// <summary>A value refused, named as a form's field (<c>customFields.budget</c>) so the form can show it beside the field.</summary>
    public static Error Value(string key, string code, string message) =>
        Error.Validation(code, message) with { Extensions = FieldErrors(key, message) };

    public static Error NotUnique(CustomFieldDefinition field, string entityName) =>
        Error.Conflict("custom_field.value_taken", $"Another {entityName} already has this {field.Label}: the field is unique.") with
        {
            Extensions = FieldErrors(field.Key, $"Another {entityName} already has this value."),
        };

    private static Dictionary<string, object?> FieldErrors(string key, string message) =>
        new() { ["errors"] = new Dictionary<string, string[]> { [$"customFields.{key}"] = [message] } };
}
