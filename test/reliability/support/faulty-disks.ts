import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'pipe' }).toString();

/** Why a disk of this kind cannot be made here (no root, no mount in the sandbox, no loop devices), or null. */
export function whyNoMount(): string | null {
  const probe = mkdtempSync(join(tmpdir(), 'reliability-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe]);
    run('umount', [probe]);
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/**
 * A small tmpfs as DATA_DIR: filling it with a ballast file gives the server a real ENOSPC (SQLITE_FULL), and deleting
 * the ballast gives the space back, as an operator freeing a disk would.
 */
export class SmallDisk {
  private constructor(readonly dir: string) {}

  static mount(sizeMb: number): SmallDisk {
    const dir = mkdtempSync(join(tmpdir(), 'reliability-tmpfs-'));
    run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
    return new SmallDisk(dir);
  }

  private get ballast() {
    return join(this.dir, 'ballast');
  }

  /** Writes the ballast until the disk refuses: returns the bytes it took. */
  fill(): number {
    const fd = openSync(this.ballast, 'a');
    const chunk = Buffer.alloc(64 * 1024, 1);
    let written = 0;
    try {
      for (;;) written += writeSync(fd, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    }
    // Tail fill: the last few hundred bytes too, so that not even one page fits.
    try {
      for (;;) written += writeSync(fd, Buffer.alloc(512, 1));
    } catch {
      /* full */
    } finally {
      closeSync(fd);
    }
    return written;
  }

  free(): void {
    unlinkSync(this.ballast);
  }

  unmount(): void {
    try {
      run('umount', [this.dir]);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

/**
 * An ext4 file system on a loop device, mounted `errors=remount-ro`: writing 1 to its sysfs `trigger_fs_error` makes the
 * kernel flip it read-only under the running server, exactly as it does after a real I/O error (every write then fails
 * with EROFS). Linux does not let such a file system be remounted read-write in place: the operator stops the service,
 * repairs (e2fsck) and remounts, which `repair()` does.
 */
export class FlippableDisk {
  private constructor(
    readonly dir: string,
    private readonly image: string,
  ) {}

  static mount(sizeMb: number): FlippableDisk {
    const dir = mkdtempSync(join(tmpdir(), 'reliability-ext4-'));
    const image = `${dir}.img`;
    run('truncate', ['-s', `${sizeMb}M`, image]);
    run('mkfs.ext4', ['-q', '-F', image]);
    const disk = new FlippableDisk(dir, image);
    disk.mountImage();
    if (!existsSync(`/sys/fs/ext4/${disk.device()}/trigger_fs_error`)) {
      disk.unmount();
      throw new Error('this kernel has no ext4 trigger_fs_error');
    }
    return disk;
  }

  private mountImage(): void {
    run('mount', ['-o', 'loop,errors=remount-ro', this.image, this.dir]);
  }

  private device(): string {
    return run('findmnt', ['-n', '-o', 'SOURCE', this.dir]).trim().replace('/dev/', '');
  }

  /** The kernel's own error path: from now on the file system is read-only. */
  flipReadOnly(): void {
    writeFileSync(`/sys/fs/ext4/${this.device()}/trigger_fs_error`, '1');
  }

  /** After the server is stopped: unmount, fsck, mount read-write again. */
  repair(): void {
    run('umount', [this.dir]);
    try {
      run('e2fsck', ['-f', '-y', this.image]);
    } catch {
      // e2fsck exits 1 when it fixed something (the error flag the trigger set): that is the expected case.
    }
    this.mountImage();
  }

  unmount(): void {
    try {
      run('umount', [this.dir]);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
      rmSync(this.image, { force: true });
    }
  }
}

/** Why a flippable ext4 disk cannot be made here, or null. */
export function whyNoFlippableDisk(): string | null {
  const noMount = whyNoMount();
  if (noMount) return noMount;
  let disk: FlippableDisk | undefined;
  try {
    disk = FlippableDisk.mount(8);
    return null;
  } catch (error) {
    return `cannot mount an ext4 image on a loop device here (${String((error as Error).message).split('\n')[0]})`;
  } finally {
    disk?.unmount();
  }
}
