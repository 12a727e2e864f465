const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  isPlainObject,
  parseYaml,
  shiftLines,
  validate,
  yamlOfFile
} from "./chunk-KFQVW6SN.js";
import {
  LfsObjectUnavailable,
  ZodISODate,
  ZodISODateTime,
  ZodISODuration,
  ZodISOTime,
  _enum,
  _isoDate,
  _isoDateTime,
  _isoDuration,
  _isoTime,
  array,
  boolean,
  finding,
  hasInvisibleParts,
  looseObject,
  nameKey,
  number,
  parseDate,
  record,
  refuseLfsPointer,
  showInvisible,
  strictObject,
  string,
  union,
  unknown
} from "./chunk-DKXZQWQK.js";
import {
  JsonSyntaxError,
  __commonJS,
  __export,
  __require,
  __toESM,
  firstDuplicate,
  scanTopLevel,
  setMember
} from "./chunk-Q5ALM6UT.js";

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable2 = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable2);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable2.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc322(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc322;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc322 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise2;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader2;
    function openPromise(path, options2) {
      return new Promise((resolve, reject) => {
        open(path, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise2(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date2, time2, timezone) {
      var day = date2 & 31;
      var month = (date2 >> 5 & 15) - 1;
      var year = (date2 >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time2 & 31) * 2;
      var minute = time2 >> 5 & 63;
      var hour = time2 >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc322(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader2, EventEmitter);
    function RandomAccessReader2() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader2.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader2.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader2.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader2.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader2.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader2.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date,
  datetime: () => datetime,
  duration: () => duration,
  time: () => time
});
function datetime(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date(params) {
  return _isoDate(ZodISODate, params);
}
function time(params) {
  return _isoTime(ZodISOTime, params);
}
function duration(params) {
  return _isoDuration(ZodISODuration, params);
}

// src/evidence/record.ts
function resolveModel(named, ctx) {
  if (typeof named === "string" && nameKey(named) !== "") return { model: named };
  if (ctx.folderModel !== void 0 && ctx.folderModel !== "") return { model: ctx.folderModel, modelFromPath: true };
  return void 0;
}
function noModel(ctx, line) {
  return finding(
    "UNKNOWN_MODEL",
    "error",
    "the results name no model and the file is not in a model folder (evals/<model-id>/...), so they count for no model",
    line === void 0 ? { file: ctx.file } : { file: ctx.file, line }
  );
}
function unusable(ctx, line, message, model) {
  return finding("UNUSABLE_RESULT", "warning", message, {
    file: ctx.file,
    ...line === void 0 ? {} : { line },
    ...model === void 0 ? {} : { model }
  });
}
function parseError(ctx, line, message) {
  return finding("PARSE_ERROR", "error", message, line === void 0 ? { file: ctx.file } : { file: ctx.file, line });
}
function duplicateKey(ctx, key, line, where = "") {
  return parseError(
    ctx,
    line,
    `invalid JSON${where}: duplicate key ${JSON.stringify(key)}${line === void 0 ? "" : ` (its last occurrence is at line ${line})`}`
  );
}
function shown(value) {
  const text2 = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text2.length > 40 ? `${text2.slice(0, 37)}...` : text2;
}
function valueProblem(value) {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "is NaN";
    if (value === Number.POSITIVE_INFINITY) return "is Infinity";
    if (value === Number.NEGATIVE_INFINITY) return "is -Infinity";
    return void 0;
  }
  if (value === void 0) return "is missing";
  if (value === null) return "is null";
  return `is not a number (${shown(value)})`;
}
function stderrProblem(value) {
  const problem = valueProblem(value);
  if (problem !== void 0) return problem;
  return value < 0 ? "is negative" : void 0;
}
function sampleCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : void 0;
}
function invisibleModelNames(records, ctx) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of records) {
    if (r.modelFromPath === true || seen.has(r.model) || !hasInvisibleParts(r.model)) continue;
    seen.add(r.model);
    const message = `the model name ${showInvisible(r.model)} holds invisible characters or surrounding spaces; it is compared without them`;
    findings.push(
      finding("INVISIBLE_NAME", "warning", message, r.line === void 0 ? { file: ctx.file } : { file: ctx.file, line: r.line })
    );
  }
  return findings;
}
function refuseZeroSamples(output, ctx) {
  if (!output.records.some((r) => r.samples === 0 && r.unusable === void 0)) return output;
  const findings = [...output.findings];
  const records = output.records.map((r) => {
    if (r.samples !== 0 || r.unusable !== void 0) return r;
    const why = `${r.eval} ${r.metric} was measured on zero samples`;
    findings.push(unusable(ctx, r.line, `${why}; it does not count`, r.model));
    return { ...r, value: Number.NaN, unusable: why };
  });
  return { records, findings };
}
function isoFromEpochSeconds(seconds) {
  if (!Number.isFinite(seconds) || seconds <= 0) return void 0;
  const date2 = new Date(seconds * 1e3);
  return Number.isNaN(date2.getTime()) ? void 0 : date2.toISOString();
}
var EPOCH = /^\d+(?:\.\d+)?$/;
function timestamp(value) {
  if (typeof value === "number") return isoFromEpochSeconds(value);
  if (typeof value !== "string") return void 0;
  const text2 = value.trim();
  if (EPOCH.test(text2)) return isoFromEpochSeconds(Number(text2));
  return parseDate(text2) !== void 0 ? text2 : void 0;
}
function makeRecord(format, ctx, model, fields) {
  const record2 = {
    model: model.model,
    eval: fields.eval,
    metric: fields.metric,
    value: fields.value,
    format,
    file: ctx.file
  };
  if (model.modelFromPath) record2.modelFromPath = true;
  if (ctx.folderModel !== void 0 && ctx.folderModel !== "") record2.folder = ctx.folderModel;
  if (fields.stderr !== void 0) record2.stderr = fields.stderr;
  if (fields.samples !== void 0) record2.samples = fields.samples;
  if (fields.date !== void 0) record2.date = fields.date;
  if (fields.direction !== void 0) record2.direction = fields.direction;
  if (fields.variant !== void 0) record2.variant = fields.variant;
  if (fields.selfReported === true) record2.selfReported = true;
  if (fields.line !== void 0) record2.line = fields.line;
  return record2;
}
function unusableRecord(format, ctx, model, fields, reason) {
  return { ...makeRecord(format, ctx, model, { ...fields, value: Number.NaN }), unusable: reason };
}

// src/evidence/formats/lm-eval.ts
var LM_EVAL_KEYS = /* @__PURE__ */ new Set(["results", "higher_is_better", "n-samples", "config", "model_name", "date"]);
var LM_EVAL_MARKERS = [
  "higher_is_better",
  "n-samples",
  "n-shot",
  "versions",
  "configs",
  "config",
  "model_name",
  "group_subtasks",
  "lm_eval_version",
  "git_hash"
];
var LmEvalSchema = looseObject({
  results: record(string(), record(string(), unknown())),
  higher_is_better: record(string(), unknown()).optional(),
  "n-samples": record(string(), unknown()).optional(),
  config: looseObject({ model_args: unknown().optional() }).nullish(),
  model_name: string().nullish(),
  date: unknown().optional()
});
var NOT_METRICS = /* @__PURE__ */ new Set(["alias", "name", "sample_len", "sample_count", "samples"]);
var STDERR_SUFFIX = "_stderr";
var NOT_COMPUTED = "N/A";
function readLmEval(parsed, ctx) {
  const validated = validate(LmEvalSchema, parsed, "PARSE_ERROR", "lm-eval results");
  if (validated.value === void 0) return { records: [], findings: validated.findings };
  const doc = validated.value;
  const line = (path) => parsed.locate(path).line;
  const named = namedModel(doc.model_name, modelFromArgs(doc.config?.model_args));
  if ("conflict" in named) return { records: [], findings: [modelConflict(ctx, line(["model_name"]), named.conflict)] };
  const model = resolveModel(named.name, ctx);
  if (model === void 0) return { records: [], findings: [noModel(ctx, line(["results"]))] };
  const date2 = timestamp(doc.date);
  const output = { records: [], findings: [] };
  for (const [task, row] of Object.entries(doc.results)) {
    for (const [key, value] of Object.entries(row)) {
      if (NOT_METRICS.has(key) || typeof value === "object" && value !== null) continue;
      const comma = key.indexOf(",");
      const metric = comma === -1 ? key : key.slice(0, comma);
      const filter = comma === -1 ? void 0 : key.slice(comma + 1);
      if (metric.endsWith(STDERR_SUFFIX) || metric === "") continue;
      if (typeof value === "string" && value.trim() === "") continue;
      const at = line(["results", task, key]);
      const label = `${task} ${key}`;
      const problem = valueProblem(value);
      if (problem !== void 0) {
        output.findings.push(unusable(ctx, at, `${label} ${problem}; it does not count`, model.model));
        output.records.push(
          unusableRecord("lm-eval", ctx, model, { eval: task, metric, date: date2, variant: filter, line: at }, `${label} ${problem}`)
        );
        continue;
      }
      const stderrKey = filter === void 0 ? `${metric}${STDERR_SUFFIX}` : `${metric}${STDERR_SUFFIX},${filter}`;
      const rawStderr = row[stderrKey];
      let stderr;
      if (rawStderr !== void 0 && rawStderr !== NOT_COMPUTED) {
        const bad = stderrProblem(rawStderr);
        if (bad !== void 0) {
          output.findings.push(
            unusable(ctx, line(["results", task, stderrKey]), `${label}: its stderr ${bad}; it does not count`, model.model)
          );
          output.records.push(
            unusableRecord("lm-eval", ctx, model, { eval: task, metric, date: date2, variant: filter, line: at }, `${label}: its stderr ${bad}`)
          );
          continue;
        }
        stderr = rawStderr;
      }
      output.records.push(
        makeRecord("lm-eval", ctx, model, {
          eval: task,
          metric,
          value,
          stderr,
          samples: samplesOf(doc["n-samples"]?.[task]),
          date: date2,
          direction: directionOf(doc.higher_is_better?.[task], metric),
          variant: filter,
          line: at
        })
      );
    }
  }
  return output;
}
function namedModel(modelName, fromArgs) {
  const first = typeof modelName === "string" && modelName.trim() !== "" ? modelName.trim() : void 0;
  if (first !== void 0 && fromArgs !== void 0 && nameKey(first) !== nameKey(fromArgs)) {
    return { conflict: `model_name says ${JSON.stringify(first)} but config.model_args says ${JSON.stringify(fromArgs)}` };
  }
  return { name: first ?? fromArgs };
}
function modelFromArgs(args) {
  let fields;
  if (typeof args === "string") {
    fields = {};
    for (const part of args.split(",")) {
      const eq = part.indexOf("=");
      if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
  } else if (isPlainObject(args)) {
    fields = args;
  }
  const name = fields?.["pretrained"] ?? fields?.["model"];
  return typeof name === "string" && name.trim() !== "" ? name.trim() : void 0;
}
function samplesOf(counts) {
  if (!isPlainObject(counts)) return void 0;
  return sampleCount(counts["effective"]) ?? sampleCount(counts["original"]);
}
function directionOf(flags, metric) {
  if (!isPlainObject(flags)) return void 0;
  const flag = flags[metric];
  return flag === true ? "higher" : flag === false ? "lower" : void 0;
}
function modelConflict(ctx, line, conflict) {
  const message = `the file names two models (${conflict}), so its results belong to neither`;
  return finding("MODEL_MISMATCH", "error", message, line === void 0 ? { file: ctx.file } : { file: ctx.file, line });
}

// src/evidence/detect.ts
function sniff(head) {
  if (head.length === 0) return "other";
  if (head[0] === 80 && head[1] === 75 && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return "zip";
  if (head.includes(0)) return "other";
  let i = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  while (i < head.length && (head[i] === 32 || head[i] === 10 || head[i] === 13 || head[i] === 9)) i++;
  if (head[i] === 123) return "json";
  if (head[i] === 91) return "other";
  return "text";
}
function jsonFormat(keys, values) {
  const has = new Set(keys);
  if (has.has("evaluation_results") && (has.has("model_info") || has.has("schema_version"))) return "every-eval-ever";
  if (isPlainObject(values.get("eval")) && (has.has("status") || has.has("results"))) return "inspect";
  const results = values.get("results");
  if (Array.isArray(results)) return "native";
  if (isPlainObject(results)) {
    const rows = Object.values(results);
    if (LM_EVAL_MARKERS.some((k) => has.has(k)) || rows.length > 0 && rows.every(isPlainObject)) return "lm-eval";
  }
  return void 0;
}
function guessJsonFormat(keysSeen) {
  const has = new Set(keysSeen);
  if (has.has("evaluation_results") || has.has("model_info")) return "every-eval-ever";
  if (has.has("eval") || has.has("status")) return "inspect";
  if (LM_EVAL_MARKERS.some((k) => has.has(k))) return "lm-eval";
  return "native";
}
var RESULTS_KEY = /^(?:results|"results"|'results')[ \t]*:/m;
var MODEL_INDEX_KEY = /^(?:model-index|"model-index"|'model-index')[ \t]*:/m;
var JSON_RESULTS_KEY = /"(?:results|model-index|evaluation_results)"\s*:/;
function looksLikeYamlResults(text2) {
  return RESULTS_KEY.test(text2) || MODEL_INDEX_KEY.test(text2);
}
function guessTextFormat(text2) {
  return MODEL_INDEX_KEY.test(text2) ? "hf-model-index" : "native";
}
function unreadableResults(bytes) {
  const le = bytes[0] === 255 && bytes[1] === 254;
  const be = bytes[0] === 254 && bytes[1] === 255;
  if (!le && !be && !bytes.includes(0)) return void 0;
  const text2 = le || be ? new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes) : new TextDecoder("utf-8").decode(bytes).replaceAll("\0", "");
  if (!looksLikeYamlResults(text2) && !JSON_RESULTS_KEY.test(text2)) return void 0;
  const why = le || be ? "it is UTF-16 text; save it as UTF-8" : "it holds NUL bytes, so it is not text";
  return { why, format: text2.includes("model-index") ? "hf-model-index" : "native" };
}

// src/evidence/json/document.ts
function scannedDocument(scan, file, options2) {
  const value = {};
  for (const [key, member] of scan.values) setMember(value, key, member);
  return {
    value,
    findings: [],
    locate(path) {
      const line = options2.lines ? scan.lines.line(path) : void 0;
      return line === void 0 ? { file } : { file, line };
    }
  };
}

// src/evidence/formats/every-eval-ever.ts
var EVERY_EVAL_EVER_KEYS = /* @__PURE__ */ new Set([
  "model_info",
  "evaluation_results",
  "evaluation_timestamp",
  "source_metadata",
  "schema_version"
]);
var stamp = union([string(), number()]).optional();
var ResultSchema = looseObject({
  evaluation_name: string().min(1),
  evaluation_timestamp: stamp,
  metric_config: looseObject({
    lower_is_better: boolean(),
    metric_id: string().min(1).optional(),
    metric_name: string().min(1).optional()
  }),
  score_details: looseObject({
    score: unknown(),
    uncertainty: looseObject({
      standard_error: looseObject({ value: unknown() }).optional(),
      num_samples: number().optional()
    }).optional()
  })
});
var EveryEvalEverSchema = looseObject({
  model_info: looseObject({ id: string().optional(), name: string().optional() }),
  evaluation_timestamp: stamp,
  source_metadata: looseObject({ source_type: string().optional(), evaluator_relationship: string().optional() }).optional(),
  evaluation_results: array(ResultSchema)
});
var UNNAMED_METRIC = "score";
function readEveryEvalEver(parsed, ctx) {
  const validated = validate(EveryEvalEverSchema, parsed, "PARSE_ERROR", "Every Eval Ever results");
  if (validated.value === void 0) return { records: [], findings: validated.findings };
  const doc = validated.value;
  const line = (path) => parsed.locate(path).line;
  const named = [doc.model_info.id, doc.model_info.name].find((n) => n !== void 0 && n.trim() !== "");
  const model = resolveModel(named, ctx);
  if (model === void 0) return { records: [], findings: [noModel(ctx, line(["model_info"]))] };
  const selfReported = doc.source_metadata?.source_type === "documentation" && doc.source_metadata.evaluator_relationship === "first_party";
  const output = { records: [], findings: [] };
  doc.evaluation_results.forEach((result, i) => {
    const config = result.metric_config;
    const metric = config.metric_id ?? config.metric_name ?? UNNAMED_METRIC;
    const at = line(["evaluation_results", i, "score_details", "score"]);
    const label = `${result.evaluation_name} ${metric}`;
    const problem = valueProblem(result.score_details.score);
    const uncertainty = result.score_details.uncertainty;
    const rawStderr = uncertainty?.standard_error?.value;
    const bad = uncertainty?.standard_error === void 0 ? void 0 : stderrProblem(rawStderr);
    const why = problem !== void 0 ? `${label}: the score ${problem}` : bad !== void 0 ? `${label}: its standard error ${bad}` : void 0;
    if (why !== void 0) {
      output.findings.push(unusable(ctx, at, `${why}; it does not count`, model.model));
      const fields = {
        eval: result.evaluation_name,
        metric,
        date: timestamp(result.evaluation_timestamp ?? doc.evaluation_timestamp),
        line: at
      };
      output.records.push(unusableRecord("every-eval-ever", ctx, model, fields, why));
      return;
    }
    output.records.push(
      makeRecord("every-eval-ever", ctx, model, {
        eval: result.evaluation_name,
        metric,
        value: result.score_details.score,
        stderr: rawStderr,
        samples: sampleCount(uncertainty?.num_samples),
        date: timestamp(result.evaluation_timestamp ?? doc.evaluation_timestamp),
        direction: config.lower_is_better ? "lower" : "higher",
        selfReported,
        line: at
      })
    );
  });
  if (selfReported && output.records.some((r) => r.unusable === void 0)) {
    output.findings.push(
      finding(
        "SELF_REPORTED",
        "notice",
        "these results are the developer's own published numbers (first-party documentation), not a measured run",
        {
          file: ctx.file,
          ...line(["source_metadata"]) === void 0 ? {} : { line: line(["source_metadata"]) }
        }
      )
    );
  }
  return output;
}

// src/evidence/formats/hf-model-index.ts
var MODEL_INDEX_KEY2 = "model-index";
var text = union([string(), number()]).transform(String);
var MetricSchema = looseObject({ type: text, value: unknown(), name: string().nullish() });
var ResultSchema2 = looseObject({
  dataset: looseObject({ type: text, name: text.nullish(), config: text.nullish(), split: text.nullish() }),
  metrics: array(MetricSchema)
});
var ModelIndexSchema = looseObject({
  [MODEL_INDEX_KEY2]: array(looseObject({ name: string().nullish(), results: array(ResultSchema2) }))
});
var CARD_NUMBER = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*%?\s*(?:(?:±|\+\/-|\+-)\s*(?:\d+\.?\d*|\.\d+)\s*%?\s*)?$/;
function cardValue(value) {
  if (typeof value !== "string") return value;
  const match = CARD_NUMBER.exec(value);
  return match === null ? value : Number(match[1]);
}
function readModelIndex(parsed, ctx) {
  if (parsed.findings.length > 0) return { records: [], findings: parsed.findings };
  const validated = validate(ModelIndexSchema, parsed, "PARSE_ERROR", "model-index");
  if (validated.value === void 0) return { records: [], findings: validated.findings };
  const line = (path) => parsed.locate(path).line;
  const output = { records: [], findings: [] };
  validated.value[MODEL_INDEX_KEY2].forEach((entry, i) => {
    const model = resolveModel(entry.name, ctx);
    if (model === void 0) {
      output.findings.push(noModel(ctx, line([MODEL_INDEX_KEY2, i])));
      return;
    }
    entry.results.forEach((result, j) => {
      const dataset = result.dataset.config ? `${result.dataset.type}:${result.dataset.config}` : result.dataset.type;
      const variant = result.dataset.name ? result.dataset.name : void 0;
      result.metrics.forEach((metric, k) => {
        const at = line([MODEL_INDEX_KEY2, i, "results", j, "metrics", k]);
        const value = cardValue(metric.value);
        const problem = valueProblem(value);
        if (problem !== void 0) {
          output.findings.push(unusable(ctx, at, `${dataset} ${metric.type}: the value ${problem}; it does not count`, model.model));
          output.records.push(
            unusableRecord(
              "hf-model-index",
              ctx,
              model,
              { eval: dataset, metric: metric.type, variant, selfReported: true, line: at },
              `${dataset} ${metric.type}: the value ${problem}`
            )
          );
          return;
        }
        output.records.push(
          makeRecord("hf-model-index", ctx, model, {
            eval: dataset,
            metric: metric.type,
            value,
            variant,
            selfReported: true,
            line: at
          })
        );
      });
    });
  });
  if (output.records.some((r) => r.unusable === void 0)) {
    const at = line([MODEL_INDEX_KEY2]);
    output.findings.push(
      finding(
        "SELF_REPORTED",
        "notice",
        "model-card results are self-reported: no standard error, not verified; they never rule a threshold out on their own",
        {
          file: ctx.file,
          ...at === void 0 ? {} : { line: at }
        }
      )
    );
  }
  return output;
}

// src/evidence/formats/inspect.ts
var INSPECT_KEYS = /* @__PURE__ */ new Set(["version", "status", "eval", "results", "invalidated"]);
var MetricSchema2 = looseObject({ name: string().optional(), value: unknown() });
var ScoreSchema = looseObject({
  name: string().min(1),
  reducer: string().nullish(),
  scored_samples: number().nullish(),
  metrics: record(string(), MetricSchema2)
});
var InspectLogSchema = looseObject({
  status: _enum(["started", "success", "cancelled", "error"]),
  invalidated: boolean().optional(),
  eval: looseObject({
    task: string().min(1),
    model: string().min(1),
    created: string().optional()
  }),
  results: looseObject({
    total_samples: number().optional(),
    completed_samples: number().optional(),
    scores: array(ScoreSchema).default([])
  }).nullish()
});
var UNFINISHED = /* @__PURE__ */ new Set(["started", "cancelled", "error"]);
var STDERR_NAMES = ["stderr", "bootstrap_std"];
function notSuccess(status, ctx, at) {
  if (!UNFINISHED.has(status))
    return parseError(ctx, at, `Inspect log status ${JSON.stringify(status)} is none of success, started, cancelled, error`);
  const why = status === "started" ? "the run never finished" : `the run ended with "${status}"`;
  return unusable(ctx, at, `Inspect log status is "${status}": ${why}, and only a successful run counts`);
}
function legacyResults(results) {
  if (!isPlainObject(results) || !Object.hasOwn(results, "scorer")) return void 0;
  if (Object.hasOwn(results, "scores")) return "both";
  const { scorer, metrics, ...rest } = results;
  const score = isPlainObject(scorer) ? { ...scorer, metrics: metrics ?? {} } : scorer;
  return { ...rest, scores: [score] };
}
function readInspect(parsed, ctx) {
  const line = (path) => parsed.locate(path).line;
  const raw = parsed.value;
  const status = raw["status"];
  if (typeof status === "string" && status !== "success") return { records: [], findings: [notSuccess(status, ctx, line(["status"]))] };
  const legacy = legacyResults(raw["results"]);
  if (legacy === "both") {
    const both = "Inspect log results hold both `scorer` (before Inspect 0.3.18) and `scores`";
    return { records: [], findings: [parseError(ctx, line(["results"]), both)] };
  }
  const shaped = legacy === void 0 ? parsed : { ...parsed, value: { ...raw, results: legacy } };
  const validated = validate(InspectLogSchema, shaped, "PARSE_ERROR", "Inspect log");
  if (validated.value === void 0) return { records: [], findings: validated.findings };
  const log = validated.value;
  const model = resolveModel(log.eval.model, ctx);
  if (model === void 0) return { records: [], findings: [noModel(ctx, line(["eval"]))] };
  if (log.invalidated === true) {
    const why = "samples of this Inspect run were invalidated after it finished: its results do not count until it is re-run";
    return { records: [], findings: [unusable(ctx, line(["invalidated"]), why, model.model)] };
  }
  const scores = log.results?.scores ?? [];
  if (scores.length === 0)
    return { records: [], findings: [unusable(ctx, line(["results"]), "the Inspect log has no scores", model.model)] };
  const metricsPath = (i) => legacy === void 0 ? ["results", "scores", i, "metrics"] : ["results", "metrics"];
  const output = { records: [], findings: [] };
  scores.forEach((score, i) => {
    readScore(score, log, { ctx, model, output, at: (key) => line([...metricsPath(i), key]) });
  });
  return output;
}
function readScore(score, log, sc) {
  const { ctx, model, output } = sc;
  const task = log.eval.task;
  const variant = score.reducer ? `${score.name}/${score.reducer}` : score.name;
  const stderrKey = STDERR_NAMES.find((k) => Object.hasOwn(score.metrics, k));
  const stderrMetric = stderrKey === void 0 ? void 0 : score.metrics[stderrKey];
  for (const [key, metric] of Object.entries(score.metrics)) {
    if (STDERR_NAMES.includes(key)) continue;
    const name = metric.name ?? key;
    const at = sc.at(key);
    const label = `${task} ${name} (scorer ${variant})`;
    const problem = valueProblem(metric.value);
    const stderr = stderrMetric?.value;
    const badStderr = stderrMetric === void 0 ? void 0 : stderrProblem(stderr);
    const why = problem !== void 0 ? `${label} ${problem}` : badStderr !== void 0 ? `${label}: its stderr ${badStderr}` : void 0;
    const date2 = timestamp(log.eval.created);
    if (why !== void 0) {
      output.findings.push(unusable(ctx, at, `${why}; it does not count`, model.model));
      output.records.push(unusableRecord("inspect", ctx, model, { eval: task, metric: name, date: date2, variant, line: at }, why));
      continue;
    }
    const samples = sampleCount(score.scored_samples) ?? sampleCount(log.results?.completed_samples);
    output.records.push(
      makeRecord("inspect", ctx, model, {
        eval: task,
        metric: name,
        value: metric.value,
        stderr,
        samples,
        date: date2,
        variant,
        line: at
      })
    );
  }
}

// builtin:node:zlib
var builtin = process.getBuiltinModule("node:zlib");
var crc32 = /* @__PURE__ */ (() => builtin.crc32)();
var inflateRawSync = /* @__PURE__ */ (() => builtin.inflateRawSync)();
var zstdDecompressSync = /* @__PURE__ */ (() => builtin.zstdDecompressSync)();

// src/evidence/zip/archive.ts
var import_yauzl2 = __toESM(require_yauzl(), 1);

// src/evidence/zip/last-record.ts
var END_SIGNATURE = Buffer.from([80, 75, 5, 6]);
var RECORD_SIGNATURE = Buffer.from([80, 75, 1, 2]);
var ZIP64_END_OF_DIRECTORY = 101075792;
var ZIP64_LOCATOR = 117853008;
var ZIP64_LOCATOR_BYTES = 20;
var END_RECORD_BYTES = 22;
var MAX_RECORD_BYTES = 46 + 3 * 65535;
var MAX_TAIL_BYTES = END_RECORD_BYTES + 65535;
async function lastRecord(src, directoryStart) {
  const windowStart = Math.max(directoryStart, src.size - MAX_TAIL_BYTES - MAX_RECORD_BYTES);
  const bytes = Buffer.from(await src.read(windowStart, src.size));
  if (bytes.byteLength !== src.size - windowStart) return void 0;
  const directoryEnd = endOfDirectory(bytes, windowStart, directoryStart);
  if (directoryEnd === void 0) return void 0;
  const end = directoryEnd - windowStart;
  let found;
  for (let p = bytes.indexOf(RECORD_SIGNATURE, Math.max(0, end - MAX_RECORD_BYTES)); p !== -1 && p + 46 <= end; p = bytes.indexOf(RECORD_SIGNATURE, p + 1)) {
    const next = p + 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (next !== end) continue;
    if (found !== void 0) return void 0;
    found = p;
  }
  if (found === void 0) return void 0;
  const nameEnd = found + 46 + bytes.readUInt16LE(found + 28);
  return {
    offset: windowStart + found,
    name: bytes.subarray(found + 46, nameEnd),
    flags: bytes.readUInt16LE(found + 8),
    extra: bytes.subarray(nameEnd, nameEnd + bytes.readUInt16LE(found + 30))
  };
}
function endOfDirectory(bytes, windowStart, directoryStart) {
  const lowest = Math.max(0, bytes.length - MAX_TAIL_BYTES);
  for (let p = bytes.lastIndexOf(END_SIGNATURE, bytes.length - END_RECORD_BYTES); p >= lowest; p = bytes.lastIndexOf(END_SIGNATURE, p - 1)) {
    if (p + END_RECORD_BYTES + bytes.readUInt16LE(p + 20) !== bytes.length) continue;
    let size = bytes.readUInt32LE(p + 12);
    let offset = bytes.readUInt32LE(p + 16);
    let end = windowStart + p;
    const locator = p - ZIP64_LOCATOR_BYTES;
    if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
      const record2 = Number(bytes.readBigUInt64LE(locator + 8)) - windowStart;
      if (record2 < 0 || record2 + 56 > locator || bytes.readUInt32LE(record2) !== ZIP64_END_OF_DIRECTORY) return void 0;
      size = Number(bytes.readBigUInt64LE(record2 + 40));
      offset = Number(bytes.readBigUInt64LE(record2 + 48));
      end = windowStart + record2;
    } else if (size === 4294967295 || offset === 4294967295) return void 0;
    return offset === directoryStart && offset + size === end ? end : void 0;
  }
  return void 0;
}

// builtin:node:stream
var builtin2 = process.getBuiltinModule("node:stream");
var Readable = /* @__PURE__ */ (() => builtin2.Readable)();

// src/evidence/zip/range-reader.ts
var import_yauzl = __toESM(require_yauzl(), 1);
var WINDOW = 256 * 1024;
var FileSourceReader = class extends import_yauzl.RandomAccessReader {
  window;
  /** Undefined once closed: see close(). */
  src;
  constructor(src) {
    super();
    this.src = src;
  }
  /**
   * yauzl calls back on a later turn of the event loop; the bytes are let go now, since a run of reads that never
   * yields a turn (a working tree read synchronously) would otherwise hold every closed archive until it ends.
   */
  close(callback) {
    this.src = void 0;
    this.window = void 0;
    super.close(callback);
  }
  source() {
    if (this.src === void 0) throw new Error("the archive is closed");
    return this.src;
  }
  _readStreamForRange(start, end) {
    const src = this.source();
    return Readable.from(
      (async function* () {
        const bytes = await src.read(start, end);
        yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      })(),
      { objectMode: false }
    );
  }
  read(buffer, offset, length, position, callback) {
    this.range(position, position + length).then(
      (bytes) => {
        if (bytes.byteLength !== length) return callback(new Error(`the archive ends before byte ${position + length}`));
        buffer.set(bytes, offset);
        callback(null);
      },
      (err) => callback(err instanceof Error ? err : new Error(String(err)))
    );
  }
  async range(start, end) {
    const w = this.window;
    if (w !== void 0 && start >= w.start && end <= w.start + w.bytes.byteLength) {
      return w.bytes.subarray(start - w.start, end - w.start);
    }
    const src = this.source();
    if (end - start >= WINDOW) return src.read(start, end);
    const bytes = await src.read(start, Math.min(src.size, start + WINDOW));
    this.window = { start, bytes };
    return bytes.subarray(0, Math.min(bytes.byteLength, end - start));
  }
};

// src/evidence/zip/zstd.ts
var FRAME_MAGIC = 4247762216;
var SKIPPABLE_MASK = 4294967280;
var SKIPPABLE_MAGIC = 407710288;
function zstdDecompressFrames(data, maxOutputLength) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parts = [];
  let size = 0;
  let at = 0;
  while (at < data.byteLength) {
    if (at + 4 > data.byteLength) throw new Error("zstd data ends inside a frame header");
    const magic = view.getUint32(at, true);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      if (at + 8 > data.byteLength) throw new Error("zstd data ends inside a skippable frame");
      at += 8 + view.getUint32(at + 4, true);
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new Error(`no zstd frame at byte ${at}`);
    const end = frameEnd(data, view, at);
    const part = zstdDecompressSync(data.subarray(at, end), { maxOutputLength: Math.max(1, maxOutputLength - size) });
    size += part.byteLength;
    parts.push(part);
    at = end;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
}
function frameEnd(data, view, start) {
  const descriptor = data[start + 4];
  if (descriptor === void 0) throw new Error("zstd data ends inside a frame header");
  const contentSizeFlag = descriptor >> 6;
  const singleSegment = descriptor >> 5 & 1;
  const hasChecksum = descriptor >> 2 & 1;
  const dictionaryIdFlag = descriptor & 3;
  const windowBytes = singleSegment ? 0 : 1;
  const dictionaryBytes = [0, 1, 2, 4][dictionaryIdFlag];
  const contentSizeBytes = contentSizeFlag === 0 ? singleSegment : [0, 2, 4, 8][contentSizeFlag];
  let at = start + 5 + windowBytes + dictionaryBytes + contentSizeBytes;
  for (; ; ) {
    if (at + 3 > data.byteLength) throw new Error("zstd data ends inside a block header");
    const header = view.getUint16(at, true) | data[at + 2] << 16;
    const last = header & 1;
    const type = header >> 1 & 3;
    const blockSize = header >>> 3;
    at += 3 + (type === 1 ? 1 : blockSize);
    if (type === 3) throw new Error("zstd block of a reserved type");
    if (last) break;
  }
  at += hasChecksum ? 4 : 0;
  if (at > data.byteLength) throw new Error("zstd data ends inside a frame");
  return at;
}

// src/evidence/zip/archive.ts
var STORED = 0;
var DEFLATE = 8;
var ZSTD = 93;
var sources = /* @__PURE__ */ new WeakMap();
async function openArchive(src) {
  const zip = await (0, import_yauzl2.fromRandomAccessReaderPromise)(new FileSourceReader(src), src.size, { autoClose: false, lazyEntries: true });
  sources.set(zip, src);
  return zip;
}
function closeArchive(zip) {
  sources.delete(zip);
  zip.close();
}
async function listEntries(zip, wanted) {
  const cursor = zip;
  const start = cursor.readEntryCursor;
  const src = sources.get(zip);
  if (src === void 0 || cursor.entriesRead !== 0 || start >= zip.fileSize || zip.fileSize - start > MAX_DIRECTORY_BYTES)
    return walkEntries(zip, wanted);
  const last = wanted.size === 1 ? await wantedLast(src, start, [...wanted][0]) : void 0;
  if (last !== void 0) return { last: /* @__PURE__ */ new Map([[last.name, await entryAt(zip, last.offset)]]) };
  const step = new DirectoryStep(zip.entryCount, wanted);
  const stepped = await stepThrough(src, start, zip.fileSize, step);
  if (!stepped) return walkEntries(zip, wanted);
  const found = /* @__PURE__ */ new Map();
  for (const [name, at] of step.offsets) found.set(name, await entryAt(zip, at));
  return { last: found, topLevel: step.topLevel };
}
async function wantedLast(src, directoryStart, name) {
  const record2 = await lastRecord(src, directoryStart);
  if (record2 === void 0 || record2.flags & STRONG_ENCRYPTION) return void 0;
  const bytes = Buffer.from(record2.name.buffer, record2.name.byteOffset, record2.name.byteLength);
  if (bytes.toString("latin1") !== name || plainName(bytes, 0, bytes.length) === -1) return void 0;
  const extra = Buffer.from(record2.extra.buffer, record2.extra.byteOffset, record2.extra.byteLength);
  return hasField(extra, 0, extra.length, UNICODE_PATH_FIELD) ? void 0 : { name, offset: record2.offset };
}
async function walkEntries(zip, wanted) {
  const last = /* @__PURE__ */ new Map();
  const topLevel = /* @__PURE__ */ new Set();
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    if (wanted.has(name)) last.set(name, entry);
    const slash = name.indexOf("/");
    topLevel.add(slash === -1 ? name : name.slice(0, slash));
  }
  return { last, topLevel };
}
var MAX_DIRECTORY_BYTES = 64 << 20;
var WINDOW_BYTES = 256 << 10;
var spareWindow;
async function stepThrough(src, start, end, step) {
  if (src.open === void 0) return step.over(await src.read(start, end), start) !== void 0 && step.done();
  const file = await src.open();
  const window = spareWindow ?? new Uint8Array(WINDOW_BYTES);
  spareWindow = void 0;
  try {
    let position = start;
    let held = 0;
    while (!step.done() && position + held < end) {
      const got = await file.readInto(window.subarray(held, Math.min(window.byteLength, end - position)), position + held);
      if (got === 0) return false;
      held += got;
      const used = step.over(window.subarray(0, held), position);
      if (used === void 0) return false;
      window.copyWithin(0, used, held);
      held -= used;
      position += used;
    }
    return step.done();
  } finally {
    spareWindow = window;
    await file.close();
  }
}
function entryAt(zip, offset) {
  const cursor = zip;
  cursor.readEntryCursor = offset;
  cursor.entriesRead = zip.entryCount - 1;
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off("entry", onEntry);
      zip.off("error", onError);
    };
    const onEntry = (entry) => {
      done();
      resolve(entry);
    };
    const onError = (err) => {
      done();
      reject(err);
    };
    zip.on("entry", onEntry);
    zip.on("error", onError);
    zip.readEntry();
  });
}
var CENTRAL_RECORD = 33639248;
var UNICODE_PATH_FIELD = 28789;
var STRONG_ENCRYPTION = 64;
var DirectoryStep = class {
  /** Archive offsets of the last record of each wanted name. */
  offsets = /* @__PURE__ */ new Map();
  topLevel = /* @__PURE__ */ new Set();
  remaining;
  wanted;
  lengths;
  // The previous entry's first segment: most entries share it (`samples`), so it is decoded once.
  segment = new Uint8Array(0);
  constructor(count, wanted) {
    this.remaining = count;
    this.wanted = wanted;
    this.lengths = new Set([...wanted].map((name) => Buffer.byteLength(name)));
  }
  done() {
    return this.remaining === 0;
  }
  /**
   * Step over the whole records at the start of `bytes` (archive offset `base`): the bytes they take (a record cut
   * by the window's end waits for the next window), or undefined for a record the step cannot vouch for.
   */
  over(window, base) {
    const bytes = Buffer.from(window.buffer, window.byteOffset, window.byteLength);
    let p = 0;
    while (this.remaining > 0 && p + 46 <= bytes.length) {
      if (bytes.readUInt32LE(p) !== CENTRAL_RECORD) return void 0;
      const n = bytes.readUInt16LE(p + 28);
      const nameEnd = p + 46 + n;
      const extraEnd = nameEnd + bytes.readUInt16LE(p + 30);
      const next = extraEnd + bytes.readUInt16LE(p + 32);
      if (next > bytes.length) break;
      if (bytes.readUInt16LE(p + 8) & STRONG_ENCRYPTION || hasField(bytes, nameEnd, extraEnd, UNICODE_PATH_FIELD)) return void 0;
      const slash = plainName(bytes, p + 46, nameEnd);
      if (slash === -1) return void 0;
      this.noteSegment(bytes, p + 46, slash);
      if (this.lengths.has(n)) {
        const name = bytes.toString("latin1", p + 46, nameEnd);
        if (this.wanted.has(name)) this.offsets.set(name, base + p);
      }
      this.remaining--;
      p = next;
    }
    return p;
  }
  noteSegment(bytes, start, end) {
    const previous = this.segment;
    if (previous.length === end - start && sameBytes(previous, bytes, start)) return;
    this.segment = new Uint8Array(bytes.subarray(start, end));
    this.topLevel.add(bytes.toString("latin1", start, end));
  }
};
function sameBytes(segment, bytes, at) {
  for (let i = 0; i < segment.length; i++) if (segment[i] !== bytes[at + i]) return false;
  return true;
}
function hasField(bytes, start, end, id) {
  for (let i = start; i + 4 <= end; i += 4 + bytes.readUInt16LE(i + 2)) if (bytes.readUInt16LE(i) === id) return true;
  return false;
}
function plainName(bytes, start, end) {
  let slash = -1;
  let segmentStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 47 : bytes[i];
    if (c >= 128 || c === 92) return -1;
    if (c !== 47) continue;
    if (i === start && i < end) return -1;
    if (i - segmentStart === 2 && bytes[segmentStart] === 46 && bytes[segmentStart + 1] === 46) return -1;
    if (slash === -1) slash = i;
    segmentStart = i + 1;
  }
  const drive = end - start >= 2 && bytes[start + 1] === 58 && /[a-zA-Z]/.test(String.fromCharCode(bytes[start]));
  return drive ? -1 : slash;
}
var EntryError = class extends Error {
};
var maxRawBytes = (maxBytes) => maxBytes + (maxBytes >>> 8) + 1024;
async function readEntry(zip, entry, maxBytes) {
  const name = entry.fileName;
  if (entry.isEncrypted()) throw new EntryError(`${name} is encrypted`);
  if (entry.uncompressedSize > maxBytes) throw new EntryError(`${name} is ${entry.uncompressedSize} bytes, more than the ${maxBytes} read`);
  const method = entry.compressionMethod;
  if (method !== STORED && method !== DEFLATE && method !== ZSTD)
    throw new EntryError(`${name} uses compression method ${method}, which is not supported`);
  if (entry.compressedSize > maxRawBytes(maxBytes)) throw new EntryError(`${name} holds more than the ${maxBytes} bytes read`);
  const raw = await rawData(zip, entry);
  let bytes;
  try {
    bytes = method === STORED ? raw : method === DEFLATE ? inflated(raw, entry.uncompressedSize) : zstdDecompressFrames(raw, maxBytes);
  } catch (err) {
    const kind = method === ZSTD ? "zstd" : "deflate";
    throw new EntryError(`${name}: ${kind} data is corrupt (${err.message})`);
  }
  if (bytes.byteLength !== entry.uncompressedSize) {
    throw new EntryError(`${name} holds ${bytes.byteLength} bytes where the archive says ${entry.uncompressedSize}`);
  }
  if (crc32(bytes) !== entry.crc32) throw new EntryError(`${name} does not match its CRC-32: the archive is corrupt`);
  return bytes;
}
async function rawData(zip, entry) {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const end = fileDataStart + entry.compressedSize;
  const src = sources.get(zip);
  if (src === void 0) throw new EntryError("the archive was not opened through openArchive");
  const raw = await src.read(fileDataStart, end);
  if (raw.byteLength !== entry.compressedSize) throw new EntryError(`${entry.fileName}: the archive ends inside its data`);
  return raw;
}
function inflated(raw, size) {
  return inflateRawSync(raw, { maxOutputLength: size + 1 });
}

// src/evidence/formats/inspect-eval.ts
var HEADER = "header.json";
var INSPECT_PARTS = ["_journal", "samples", "summaries.json", "reductions.json"];
var MAX_HEADER_BYTES = 16 * 1024 * 1024;
async function readInspectEval(src, ctx) {
  let zip;
  try {
    zip = await openArchive(src);
  } catch (err) {
    return {
      format: "inspect",
      records: [],
      findings: [parseError(ctx, void 0, `not a readable zip archive (${err.message}); is the .eval log truncated?`)]
    };
  }
  try {
    const listing = await listEntries(zip, /* @__PURE__ */ new Set([HEADER]));
    const header = listing.last.get(HEADER);
    if (header === void 0) {
      if (!INSPECT_PARTS.some((part) => listing.topLevel?.has(part))) return { records: [], findings: [] };
      return {
        format: "inspect",
        records: [],
        findings: [
          unusable(ctx, void 0, "the Inspect .eval log has no header.json: the run never finished, and only a finished run counts")
        ]
      };
    }
    const bytes = await readEntry(zip, header, MAX_HEADER_BYTES);
    let parsed;
    try {
      const scan = await scanTopLevel(bytes, INSPECT_KEYS, { memberLines: false });
      const duplicate = firstDuplicate(scan.keys);
      if (duplicate !== void 0)
        return {
          format: "inspect",
          records: [],
          findings: [duplicateKey(ctx, duplicate, void 0, ` in header.json (line ${scan.lines.line([duplicate]) ?? "?"})`)]
        };
      parsed = scannedDocument(scan, ctx.file, { lines: false });
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err;
      return { format: "inspect", records: [], findings: [parseError(ctx, void 0, `header.json line ${err.line}: ${err.message}`)] };
    }
    return { format: "inspect", ...readInspect(parsed, ctx) };
  } catch (err) {
    return {
      format: "inspect",
      records: [],
      findings: [parseError(ctx, void 0, `cannot read the .eval archive: ${err.message}`)]
    };
  } finally {
    closeArchive(zip);
  }
}

// src/evidence/formats/native.ts
var isoDate = union([iso_exports.date(), iso_exports.datetime({ offset: true, local: true })]).describe("ISO date (2026-11-20) or timestamp (2026-11-20T14:03:00Z)");
var NativeResultEntrySchema = strictObject({
  eval: string().min(1).describe("Eval name; matched to the policy through its `evals` aliases"),
  metric: string().min(1).describe("Metric name, e.g. accuracy"),
  value: number().describe("The measured value, on the scale the policy thresholds use"),
  stderr: number().nonnegative().optional().describe("Standard error of the value"),
  samples: number().int().positive().optional().describe("Number of samples the value was measured on"),
  date: isoDate.optional().describe("When this result was measured; defaults to the file's date"),
  direction: _enum(["higher", "lower"]).optional().describe("higher: a higher value is more capable")
}).describe("One measurement");
var NativeResultSchema = strictObject({
  model: string().min(1).optional().describe("Model id or alias; defaults to the folder name (evals/<model-id>/...)"),
  date: isoDate.describe("When the results were measured"),
  results: array(NativeResultEntrySchema).describe("The measurements")
}).describe("rsp-gate eval results");
function looksNative(value) {
  return isPlainObject(value) && Object.hasOwn(value, "results");
}
function readNative(parsed, ctx) {
  if (parsed.findings.length > 0) return { records: [], findings: parsed.findings };
  const line = (path) => parsed.locate(path).line;
  const setAside = /* @__PURE__ */ new Map();
  const doc = parsed.value;
  let checked = doc;
  if (isPlainObject(doc) && Array.isArray(doc["results"])) {
    const results = doc["results"].map((entry, i) => {
      if (!isPlainObject(entry)) return entry;
      const problems = [];
      let copy = entry;
      if (Object.hasOwn(entry, "value")) {
        const problem = valueProblem(entry["value"]);
        if (problem !== void 0) {
          problems.push(`value ${problem}`);
          copy = { ...copy, value: 0 };
        }
      }
      if (Object.hasOwn(entry, "stderr") && typeof entry["stderr"] === "number" && stderrProblem(entry["stderr"]) !== void 0) {
        problems.push(`stderr ${stderrProblem(entry["stderr"])}`);
        copy = { ...copy, stderr: 0 };
      }
      if (problems.length > 0) {
        const name = [entry["eval"], entry["metric"]].filter((s) => typeof s === "string").join(" ");
        setAside.set(i, unusable(ctx, line(["results", i]), `${name || `result ${i + 1}`}: ${problems.join(", ")}; it does not count`));
      }
      return copy;
    });
    checked = { ...doc, results };
  }
  const validated = validate(NativeResultSchema, { ...parsed, value: checked }, "PARSE_ERROR", "native results");
  if (validated.value === void 0) return { records: [], findings: [...validated.findings, ...setAside.values()] };
  const native = validated.value;
  const model = resolveModel(native.model, ctx);
  if (model === void 0) return { records: [], findings: [noModel(ctx, line([]))] };
  const output = { records: [], findings: [] };
  native.results.forEach((entry, i) => {
    const problem = setAside.get(i);
    if (problem !== void 0) {
      output.findings.push(problem);
      const fields = { eval: entry.eval, metric: entry.metric, date: entry.date ?? native.date, line: line(["results", i]) };
      output.records.push(unusableRecord("native", ctx, model, fields, problem.message));
      return;
    }
    output.records.push(
      makeRecord("native", ctx, model, {
        eval: entry.eval,
        metric: entry.metric,
        value: entry.value,
        stderr: entry.stderr,
        samples: entry.samples,
        date: entry.date ?? native.date,
        direction: entry.direction,
        line: line(["results", i])
      })
    );
  });
  return output;
}

// src/evidence/read.ts
var WHOLE_FILE_LIMIT = 8 * 1024 * 1024;
var HEAD_BYTES = 512;
var TEXT_HEAD_BYTES = 64 * 1024;
var JSON_KEYS = /* @__PURE__ */ new Set([...INSPECT_KEYS, ...LM_EVAL_KEYS, ...EVERY_EVAL_EVER_KEYS]);
var utf8 = new TextDecoder("utf-8");
function notAResult() {
  return { records: [], findings: [] };
}
async function readResultFile(src, options2 = {}) {
  const ctx = { file: src.path, folderModel: options2.folderModel };
  let kind = "other";
  try {
    if (src.size === 0) return notAResult();
    const whole = src.size <= WHOLE_FILE_LIMIT ? await src.read(0, src.size) : void 0;
    if (whole !== void 0 && whole.byteLength !== src.size) throw new Error(`read ${whole.byteLength} of its ${src.size} bytes`);
    if (whole !== void 0) refuseLfsPointer(src.path, whole);
    kind = sniff(whole?.subarray(0, HEAD_BYTES) ?? await src.read(0, HEAD_BYTES));
    let result;
    if (kind === "zip") result = await readInspectEval(whole === void 0 ? src : inMemory(src.path, whole), ctx);
    else if (kind === "json") result = await readJson(src, whole, ctx);
    else if (kind === "text") result = await readText(src, whole, ctx);
    else return unreadable(whole ?? await src.read(0, TEXT_HEAD_BYTES), ctx);
    const checked = refuseZeroSamples(result, ctx);
    return withEmptyNotice(
      { ...result, records: checked.records, findings: [...checked.findings, ...invisibleModelNames(checked.records, ctx)] },
      ctx
    );
  } catch (err) {
    const format = kind === "zip" ? "inspect" : "native";
    const problem = err instanceof LfsObjectUnavailable ? err.finding(ctx.file) : parseError(ctx, void 0, `cannot read the file: ${err.message}`);
    return { format, records: [], findings: [problem] };
  }
}
function inMemory(path, bytes) {
  return {
    path,
    size: bytes.byteLength,
    async *stream() {
      yield bytes;
    },
    async read(start, end) {
      return bytes.subarray(start, end);
    }
  };
}
function withEmptyNotice(result, ctx) {
  if (result.format === void 0 || result.records.length > 0 || result.findings.length > 0) return result;
  return { ...result, findings: [unusable(ctx, void 0, `this ${result.format} file holds no results`)] };
}
async function readJson(src, whole, ctx) {
  let scan;
  try {
    scan = await scanTopLevel(whole ?? src.stream(), JSON_KEYS);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    return { format: guessJsonFormat(err.keysSeen), records: [], findings: [parseError(ctx, err.line, `invalid JSON: ${err.message}`)] };
  }
  if (!scan.isObject) return notAResult();
  const format = jsonFormat(scan.keys, scan.values);
  if (format === void 0) return notAResult();
  const duplicate = firstDuplicate(scan.keys);
  if (duplicate !== void 0) return { format, records: [], findings: [duplicateKey(ctx, duplicate, scan.lines.line([duplicate]))] };
  if (format === "native") {
    if (whole === void 0) return { format, records: [], findings: [tooLarge(src, ctx)] };
    return { format, ...readNative(parseYaml(utf8.decode(whole), ctx.file), ctx) };
  }
  const parsed = scannedDocument(scan, ctx.file, { lines: true });
  if (format === "inspect") return { format, ...readInspect(parsed, ctx) };
  if (format === "lm-eval") return { format, ...readLmEval(parsed, ctx) };
  return { format, ...readEveryEvalEver(parsed, ctx) };
}
async function readText(src, whole, ctx) {
  if (whole === void 0) {
    const head = utf8.decode(await src.read(0, TEXT_HEAD_BYTES));
    if (!looksLikeYamlResults(head)) return notAResult();
    return { format: guessTextFormat(head), records: [], findings: [tooLarge(src, ctx)] };
  }
  const text2 = utf8.decode(whole);
  const block = yamlOfFile(text2, ctx.file);
  if (block === void 0) return notAResult();
  const yaml = block.lineOffset === 0 ? block.yaml : ` ${block.yaml}`.slice(1);
  const parsed = shiftLines(parseYaml(yaml, ctx.file), block.lineOffset);
  if (parsed.findings.length > 0) {
    if (!looksLikeYamlResults(yaml)) return notAResult();
    return { format: guessTextFormat(yaml), records: [], findings: parsed.findings };
  }
  if (isPlainObject(parsed.value) && Object.hasOwn(parsed.value, MODEL_INDEX_KEY2)) {
    return { format: "hf-model-index", ...readModelIndex(parsed, ctx) };
  }
  if (looksNative(parsed.value)) return { format: "native", ...readNative(parsed, ctx) };
  return notAResult();
}
function unreadable(bytes, ctx) {
  const found = unreadableResults(bytes);
  if (found === void 0) return notAResult();
  return {
    format: found.format,
    records: [],
    findings: [parseError(ctx, void 0, `the file looks like eval results but cannot be read: ${found.why}`)]
  };
}
function tooLarge(src, ctx) {
  return parseError(ctx, void 0, `the file is ${src.size} bytes; results in this format are read up to ${WHOLE_FILE_LIMIT} bytes`);
}

export {
  WHOLE_FILE_LIMIT,
  readResultFile
};
