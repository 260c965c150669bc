namespace Crm.Modules.Contacts.Domain.DuplicateScans;

/// <summary>
/// The contacts a newly read one is compared with, when contacts come sorted by name: the last <see cref="Size"/> of
/// the same block (a block ends when its key changes), and among those only the ones whose first name begins with the
/// same letter. So a very common last name costs at most <see cref="Size"/> comparisons per contact, never a square.
/// </summary>
internal sealed class ComparisonWindow(int size)
{
    private readonly Queue<ScannedContact> _recent = new(size);
    private string? _block;

    public int Size { get; } = size;

    /// <summary>The pairs <paramref name="contact"/> makes with the window that are alike enough, then adds it to the window.</summary>
    public IReadOnlyList<(ScannedContact Other, Likeness Likeness)> Add(ScannedContact contact, string block)
    {
        if (block != _block)
        {
            _recent.Clear();
            _block = block;
        }

        var alike = new List<(ScannedContact, Likeness)>();
        foreach (var other in _recent)
        {
            if (other.First.Length > 0 && contact.First.Length > 0 && other.First[0] == contact.First[0] && NameLikeness.Of(other, contact) is { } likeness)
            {
                alike.Add((other, likeness));
            }
        }

        if (_recent.Count == Size)
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(contact);
        return alike;
    }
}
