using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Otklik.Web.Features.Appeals.Attachments;

public sealed class AttachmentOptions
{
    // A folder every node can reach (a network share when several nodes run).
    public string Path { get; set; } = "data/attachments";

    public int MaxFileMegabytes { get; set; } = 10;

    public int MaxFiles { get; set; } = 10;

    public int MaxTotalMegabytes { get; set; } = 30;
}

// Files live outside the database, named by the SHA-256 of their content: the same file sent twice is
// stored once, and a stored file never changes. Written to a temporary name first and then moved, so a
// crash never leaves half a file under a real name.
public sealed class AttachmentStore
{
    public AttachmentStore(IOptions<AttachmentOptions> options, IWebHostEnvironment environment)
        : this(System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath))
    {
    }

    public AttachmentStore(string root) => Root = root;

    // Hash folders are two hex digits, so a named subfolder of the root never meets them.
    public AttachmentStore Subfolder(string name) => new(System.IO.Path.Combine(Root, name));

    private string Root { get; }

    public async Task<string> PutAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = PathOf(hash);
        if (File.Exists(path))
        {
            return hash;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None,
            81920, FileOptions.WriteThrough))
        {
            await file.WriteAsync(content, cancellationToken);
            await file.FlushAsync(cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
        return hash;
    }

    public Stream? Open(string hash) =>
        IsHash(hash) && File.Exists(PathOf(hash)) ? File.OpenRead(PathOf(hash)) : null;

    public void Delete(string hash)
    {
        if (IsHash(hash))
        {
            File.Delete(PathOf(hash));
        }
    }

    private string PathOf(string hash) => System.IO.Path.Combine(Root, hash[..2], hash[2..4], hash);

    private static bool IsHash(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower);
}
