/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Decode 64-bit integers as JS numbers, never Long objects.
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const hivefs = $root.hivefs = (() => {

    /**
     * Namespace hivefs.
     * @exports hivefs
     * @namespace
     */
    const hivefs = {};

    /**
     * NodeType enum.
     * @name hivefs.NodeType
     * @enum {number}
     * @property {number} NODE_TYPE_UNSPECIFIED=0 NODE_TYPE_UNSPECIFIED value
     * @property {number} MGMTD=1 MGMTD value
     * @property {number} META=2 META value
     * @property {number} STORAGE=3 STORAGE value
     * @property {number} CLIENT=4 CLIENT value
     */
    hivefs.NodeType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "NODE_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "MGMTD"] = 1;
        values[valuesById[2] = "META"] = 2;
        values[valuesById[3] = "STORAGE"] = 3;
        values[valuesById[4] = "CLIENT"] = 4;
        return values;
    })();

    /**
     * Reachability enum.
     * @name hivefs.Reachability
     * @enum {number}
     * @property {number} REACHABILITY_UNSPECIFIED=0 REACHABILITY_UNSPECIFIED value
     * @property {number} ONLINE=1 ONLINE value
     * @property {number} PROBABLY_OFFLINE=2 PROBABLY_OFFLINE value
     * @property {number} OFFLINE=3 OFFLINE value
     */
    hivefs.Reachability = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "REACHABILITY_UNSPECIFIED"] = 0;
        values[valuesById[1] = "ONLINE"] = 1;
        values[valuesById[2] = "PROBABLY_OFFLINE"] = 2;
        values[valuesById[3] = "OFFLINE"] = 3;
        return values;
    })();

    /**
     * Consistency enum.
     * @name hivefs.Consistency
     * @enum {number}
     * @property {number} CONSISTENCY_UNSPECIFIED=0 CONSISTENCY_UNSPECIFIED value
     * @property {number} GOOD=1 GOOD value
     * @property {number} NEEDS_RESYNC=2 NEEDS_RESYNC value
     * @property {number} BAD=3 BAD value
     */
    hivefs.Consistency = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "CONSISTENCY_UNSPECIFIED"] = 0;
        values[valuesById[1] = "GOOD"] = 1;
        values[valuesById[2] = "NEEDS_RESYNC"] = 2;
        values[valuesById[3] = "BAD"] = 3;
        return values;
    })();

    /**
     * CapacityPool enum.
     * @name hivefs.CapacityPool
     * @enum {number}
     * @property {number} NORMAL=0 NORMAL value
     * @property {number} LOW=1 LOW value
     * @property {number} EMERGENCY=2 EMERGENCY value
     */
    hivefs.CapacityPool = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "NORMAL"] = 0;
        values[valuesById[1] = "LOW"] = 1;
        values[valuesById[2] = "EMERGENCY"] = 2;
        return values;
    })();

    /**
     * PatternType enum.
     * @name hivefs.PatternType
     * @enum {number}
     * @property {number} PATTERN_TYPE_UNSPECIFIED=0 PATTERN_TYPE_UNSPECIFIED value
     * @property {number} RAID0=1 RAID0 value
     * @property {number} BUDDY_MIRROR=2 BUDDY_MIRROR value
     */
    hivefs.PatternType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "PATTERN_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "RAID0"] = 1;
        values[valuesById[2] = "BUDDY_MIRROR"] = 2;
        return values;
    })();

    /**
     * EntryType enum.
     * @name hivefs.EntryType
     * @enum {number}
     * @property {number} ENTRY_TYPE_UNSPECIFIED=0 ENTRY_TYPE_UNSPECIFIED value
     * @property {number} DIRECTORY=1 DIRECTORY value
     * @property {number} REGULAR=2 REGULAR value
     * @property {number} SYMLINK=3 SYMLINK value
     * @property {number} FIFO=4 FIFO value
     * @property {number} CHARDEV=5 CHARDEV value
     * @property {number} BLOCKDEV=6 BLOCKDEV value
     * @property {number} SOCKET=7 SOCKET value
     */
    hivefs.EntryType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "ENTRY_TYPE_UNSPECIFIED"] = 0;
        values[valuesById[1] = "DIRECTORY"] = 1;
        values[valuesById[2] = "REGULAR"] = 2;
        values[valuesById[3] = "SYMLINK"] = 3;
        values[valuesById[4] = "FIFO"] = 4;
        values[valuesById[5] = "CHARDEV"] = 5;
        values[valuesById[6] = "BLOCKDEV"] = 6;
        values[valuesById[7] = "SOCKET"] = 7;
        return values;
    })();

    hivefs.StripePattern = (function() {

        /**
         * Properties of a StripePattern.
         * @memberof hivefs
         * @interface IStripePattern
         * @property {hivefs.PatternType|null} [type] StripePattern type
         * @property {number|null} [chunkSize] StripePattern chunkSize
         * @property {number|null} [numTargets] StripePattern numTargets
         * @property {Array.<number>|null} [ids] StripePattern ids
         * @property {number|null} [storagePoolId] StripePattern storagePoolId
         * @property {string|null} [shortfall] StripePattern shortfall
         */

        /**
         * Constructs a new StripePattern.
         * @memberof hivefs
         * @classdesc Represents a StripePattern.
         * @implements IStripePattern
         * @constructor
         * @param {hivefs.IStripePattern=} [properties] Properties to set
         */
        function StripePattern(properties) {
            this.ids = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StripePattern type.
         * @member {hivefs.PatternType} type
         * @memberof hivefs.StripePattern
         * @instance
         */
        StripePattern.prototype.type = 0;

        /**
         * StripePattern chunkSize.
         * @member {number} chunkSize
         * @memberof hivefs.StripePattern
         * @instance
         */
        StripePattern.prototype.chunkSize = 0;

        /**
         * StripePattern numTargets.
         * @member {number} numTargets
         * @memberof hivefs.StripePattern
         * @instance
         */
        StripePattern.prototype.numTargets = 0;

        /**
         * StripePattern ids.
         * @member {Array.<number>} ids
         * @memberof hivefs.StripePattern
         * @instance
         */
        StripePattern.prototype.ids = $util.emptyArray;

        /**
         * StripePattern storagePoolId.
         * @member {number} storagePoolId
         * @memberof hivefs.StripePattern
         * @instance
         */
        StripePattern.prototype.storagePoolId = 0;

        /**
         * StripePattern shortfall.
         * @member {string} shortfall
         * @memberof hivefs.StripePattern
         * @instance
         */
        StripePattern.prototype.shortfall = "";

        /**
         * Creates a new StripePattern instance using the specified properties.
         * @function create
         * @memberof hivefs.StripePattern
         * @static
         * @param {hivefs.IStripePattern=} [properties] Properties to set
         * @returns {hivefs.StripePattern} StripePattern instance
         */
        StripePattern.create = function create(properties) {
            return new StripePattern(properties);
        };

        /**
         * Encodes the specified StripePattern message. Does not implicitly {@link hivefs.StripePattern.verify|verify} messages.
         * @function encode
         * @memberof hivefs.StripePattern
         * @static
         * @param {hivefs.IStripePattern} message StripePattern message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StripePattern.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.chunkSize != null && Object.hasOwnProperty.call(message, "chunkSize"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chunkSize);
            if (message.numTargets != null && Object.hasOwnProperty.call(message, "numTargets"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.numTargets);
            if (message.ids != null && message.ids.length) {
                writer.uint32(/* id 4, wireType 2 =*/34).fork();
                for (let i = 0; i < message.ids.length; ++i)
                    writer.uint32(message.ids[i]);
                writer.ldelim();
            }
            if (message.storagePoolId != null && Object.hasOwnProperty.call(message, "storagePoolId"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.storagePoolId);
            if (message.shortfall != null && Object.hasOwnProperty.call(message, "shortfall"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.shortfall);
            return writer;
        };

        /**
         * Decodes a StripePattern message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.StripePattern
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.StripePattern} StripePattern
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StripePattern.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.StripePattern();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.chunkSize = reader.uint32();
                        break;
                    }
                case 3: {
                        message.numTargets = reader.uint32();
                        break;
                    }
                case 4: {
                        if (!(message.ids && message.ids.length))
                            message.ids = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.ids.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.ids.push(reader.uint32());
                        break;
                    }
                case 5: {
                        message.storagePoolId = reader.uint32();
                        break;
                    }
                case 6: {
                        message.shortfall = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a StripePattern message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.StripePattern
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.StripePattern} StripePattern
         */
        StripePattern.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.StripePattern)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.StripePattern: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.StripePattern();
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "PATTERN_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "RAID0":
            case 1:
                message.type = 1;
                break;
            case "BUDDY_MIRROR":
            case 2:
                message.type = 2;
                break;
            }
            if (object.chunkSize != null)
                message.chunkSize = object.chunkSize >>> 0;
            if (object.numTargets != null)
                message.numTargets = object.numTargets >>> 0;
            if (object.ids) {
                if (!Array.isArray(object.ids))
                    throw TypeError(".hivefs.StripePattern.ids: array expected");
                message.ids = [];
                for (let i = 0; i < object.ids.length; ++i)
                    message.ids[i] = object.ids[i] >>> 0;
            }
            if (object.storagePoolId != null)
                message.storagePoolId = object.storagePoolId >>> 0;
            if (object.shortfall != null)
                message.shortfall = String(object.shortfall);
            return message;
        };

        /**
         * Creates a plain object from a StripePattern message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.StripePattern
         * @static
         * @param {hivefs.StripePattern} message StripePattern
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StripePattern.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.ids = [];
            if (options.defaults) {
                object.type = options.enums === String ? "PATTERN_TYPE_UNSPECIFIED" : 0;
                object.chunkSize = 0;
                object.numTargets = 0;
                object.storagePoolId = 0;
                object.shortfall = "";
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.PatternType[message.type] === undefined ? message.type : $root.hivefs.PatternType[message.type] : message.type;
            if (message.chunkSize != null && Object.hasOwnProperty.call(message, "chunkSize"))
                object.chunkSize = message.chunkSize;
            if (message.numTargets != null && Object.hasOwnProperty.call(message, "numTargets"))
                object.numTargets = message.numTargets;
            if (message.ids && message.ids.length) {
                object.ids = [];
                for (let j = 0; j < message.ids.length; ++j)
                    object.ids[j] = message.ids[j];
            }
            if (message.storagePoolId != null && Object.hasOwnProperty.call(message, "storagePoolId"))
                object.storagePoolId = message.storagePoolId;
            if (message.shortfall != null && Object.hasOwnProperty.call(message, "shortfall"))
                object.shortfall = message.shortfall;
            return object;
        };

        /**
         * Converts this StripePattern to JSON.
         * @function toJSON
         * @memberof hivefs.StripePattern
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StripePattern.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StripePattern;
    })();

    hivefs.Credentials = (function() {

        /**
         * Properties of a Credentials.
         * @memberof hivefs
         * @interface ICredentials
         * @property {number|null} [uid] Credentials uid
         * @property {number|null} [gid] Credentials gid
         * @property {Array.<number>|null} [gids] Credentials gids
         */

        /**
         * Constructs a new Credentials.
         * @memberof hivefs
         * @classdesc Represents a Credentials.
         * @implements ICredentials
         * @constructor
         * @param {hivefs.ICredentials=} [properties] Properties to set
         */
        function Credentials(properties) {
            this.gids = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Credentials uid.
         * @member {number} uid
         * @memberof hivefs.Credentials
         * @instance
         */
        Credentials.prototype.uid = 0;

        /**
         * Credentials gid.
         * @member {number} gid
         * @memberof hivefs.Credentials
         * @instance
         */
        Credentials.prototype.gid = 0;

        /**
         * Credentials gids.
         * @member {Array.<number>} gids
         * @memberof hivefs.Credentials
         * @instance
         */
        Credentials.prototype.gids = $util.emptyArray;

        /**
         * Creates a new Credentials instance using the specified properties.
         * @function create
         * @memberof hivefs.Credentials
         * @static
         * @param {hivefs.ICredentials=} [properties] Properties to set
         * @returns {hivefs.Credentials} Credentials instance
         */
        Credentials.create = function create(properties) {
            return new Credentials(properties);
        };

        /**
         * Encodes the specified Credentials message. Does not implicitly {@link hivefs.Credentials.verify|verify} messages.
         * @function encode
         * @memberof hivefs.Credentials
         * @static
         * @param {hivefs.ICredentials} message Credentials message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Credentials.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.uid);
            if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.gid);
            if (message.gids != null && message.gids.length) {
                writer.uint32(/* id 3, wireType 2 =*/26).fork();
                for (let i = 0; i < message.gids.length; ++i)
                    writer.uint32(message.gids[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a Credentials message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.Credentials
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.Credentials} Credentials
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Credentials.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.Credentials();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.uid = reader.uint32();
                        break;
                    }
                case 2: {
                        message.gid = reader.uint32();
                        break;
                    }
                case 3: {
                        if (!(message.gids && message.gids.length))
                            message.gids = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.gids.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.gids.push(reader.uint32());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a Credentials message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.Credentials
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.Credentials} Credentials
         */
        Credentials.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.Credentials)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.Credentials: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.Credentials();
            if (object.uid != null)
                message.uid = object.uid >>> 0;
            if (object.gid != null)
                message.gid = object.gid >>> 0;
            if (object.gids) {
                if (!Array.isArray(object.gids))
                    throw TypeError(".hivefs.Credentials.gids: array expected");
                message.gids = [];
                for (let i = 0; i < object.gids.length; ++i)
                    message.gids[i] = object.gids[i] >>> 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a Credentials message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.Credentials
         * @static
         * @param {hivefs.Credentials} message Credentials
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Credentials.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.gids = [];
            if (options.defaults) {
                object.uid = 0;
                object.gid = 0;
            }
            if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                object.uid = message.uid;
            if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                object.gid = message.gid;
            if (message.gids && message.gids.length) {
                object.gids = [];
                for (let j = 0; j < message.gids.length; ++j)
                    object.gids[j] = message.gids[j];
            }
            return object;
        };

        /**
         * Converts this Credentials to JSON.
         * @function toJSON
         * @memberof hivefs.Credentials
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Credentials.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Credentials;
    })();

    hivefs.NodeAddr = (function() {

        /**
         * Properties of a NodeAddr.
         * @memberof hivefs
         * @interface INodeAddr
         * @property {string|null} [host] NodeAddr host
         * @property {number|null} [port] NodeAddr port
         */

        /**
         * Constructs a new NodeAddr.
         * @memberof hivefs
         * @classdesc Represents a NodeAddr.
         * @implements INodeAddr
         * @constructor
         * @param {hivefs.INodeAddr=} [properties] Properties to set
         */
        function NodeAddr(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * NodeAddr host.
         * @member {string} host
         * @memberof hivefs.NodeAddr
         * @instance
         */
        NodeAddr.prototype.host = "";

        /**
         * NodeAddr port.
         * @member {number} port
         * @memberof hivefs.NodeAddr
         * @instance
         */
        NodeAddr.prototype.port = 0;

        /**
         * Creates a new NodeAddr instance using the specified properties.
         * @function create
         * @memberof hivefs.NodeAddr
         * @static
         * @param {hivefs.INodeAddr=} [properties] Properties to set
         * @returns {hivefs.NodeAddr} NodeAddr instance
         */
        NodeAddr.create = function create(properties) {
            return new NodeAddr(properties);
        };

        /**
         * Encodes the specified NodeAddr message. Does not implicitly {@link hivefs.NodeAddr.verify|verify} messages.
         * @function encode
         * @memberof hivefs.NodeAddr
         * @static
         * @param {hivefs.INodeAddr} message NodeAddr message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeAddr.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.host);
            if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.port);
            return writer;
        };

        /**
         * Decodes a NodeAddr message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.NodeAddr
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.NodeAddr} NodeAddr
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeAddr.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.NodeAddr();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.host = reader.string();
                        break;
                    }
                case 2: {
                        message.port = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a NodeAddr message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.NodeAddr
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.NodeAddr} NodeAddr
         */
        NodeAddr.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.NodeAddr)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.NodeAddr: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.NodeAddr();
            if (object.host != null)
                message.host = String(object.host);
            if (object.port != null)
                message.port = object.port >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a NodeAddr message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.NodeAddr
         * @static
         * @param {hivefs.NodeAddr} message NodeAddr
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeAddr.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.host = "";
                object.port = 0;
            }
            if (message.host != null && Object.hasOwnProperty.call(message, "host"))
                object.host = message.host;
            if (message.port != null && Object.hasOwnProperty.call(message, "port"))
                object.port = message.port;
            return object;
        };

        /**
         * Converts this NodeAddr to JSON.
         * @function toJSON
         * @memberof hivefs.NodeAddr
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeAddr.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return NodeAddr;
    })();

    hivefs.NodeInfo = (function() {

        /**
         * Properties of a NodeInfo.
         * @memberof hivefs
         * @interface INodeInfo
         * @property {hivefs.NodeType|null} [type] NodeInfo type
         * @property {number|null} [nodeId] NodeInfo nodeId
         * @property {string|null} [alias] NodeInfo alias
         * @property {Array.<hivefs.INodeAddr>|null} [addrs] NodeInfo addrs
         * @property {hivefs.Reachability|null} [reachability] NodeInfo reachability
         * @property {number|null} [lastSeenMs] NodeInfo lastSeenMs
         * @property {string|null} [hostname] NodeInfo hostname
         * @property {string|null} [version] NodeInfo version
         * @property {number|null} [pid] NodeInfo pid
         * @property {number|null} [registeredMs] NodeInfo registeredMs
         */

        /**
         * Constructs a new NodeInfo.
         * @memberof hivefs
         * @classdesc Represents a NodeInfo.
         * @implements INodeInfo
         * @constructor
         * @param {hivefs.INodeInfo=} [properties] Properties to set
         */
        function NodeInfo(properties) {
            this.addrs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * NodeInfo type.
         * @member {hivefs.NodeType} type
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.type = 0;

        /**
         * NodeInfo nodeId.
         * @member {number} nodeId
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.nodeId = 0;

        /**
         * NodeInfo alias.
         * @member {string} alias
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.alias = "";

        /**
         * NodeInfo addrs.
         * @member {Array.<hivefs.INodeAddr>} addrs
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.addrs = $util.emptyArray;

        /**
         * NodeInfo reachability.
         * @member {hivefs.Reachability} reachability
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.reachability = 0;

        /**
         * NodeInfo lastSeenMs.
         * @member {number} lastSeenMs
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * NodeInfo hostname.
         * @member {string} hostname
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.hostname = "";

        /**
         * NodeInfo version.
         * @member {string} version
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.version = "";

        /**
         * NodeInfo pid.
         * @member {number} pid
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.pid = 0;

        /**
         * NodeInfo registeredMs.
         * @member {number} registeredMs
         * @memberof hivefs.NodeInfo
         * @instance
         */
        NodeInfo.prototype.registeredMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new NodeInfo instance using the specified properties.
         * @function create
         * @memberof hivefs.NodeInfo
         * @static
         * @param {hivefs.INodeInfo=} [properties] Properties to set
         * @returns {hivefs.NodeInfo} NodeInfo instance
         */
        NodeInfo.create = function create(properties) {
            return new NodeInfo(properties);
        };

        /**
         * Encodes the specified NodeInfo message. Does not implicitly {@link hivefs.NodeInfo.verify|verify} messages.
         * @function encode
         * @memberof hivefs.NodeInfo
         * @static
         * @param {hivefs.INodeInfo} message NodeInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeInfo.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            if (message.alias != null && Object.hasOwnProperty.call(message, "alias"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.alias);
            if (message.addrs != null && message.addrs.length)
                for (let i = 0; i < message.addrs.length; ++i)
                    $root.hivefs.NodeAddr.encode(message.addrs[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (message.reachability != null && Object.hasOwnProperty.call(message, "reachability"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.reachability);
            if (message.lastSeenMs != null && Object.hasOwnProperty.call(message, "lastSeenMs"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.lastSeenMs);
            if (message.hostname != null && Object.hasOwnProperty.call(message, "hostname"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.hostname);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.version);
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.pid);
            if (message.registeredMs != null && Object.hasOwnProperty.call(message, "registeredMs"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.registeredMs);
            return writer;
        };

        /**
         * Decodes a NodeInfo message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.NodeInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.NodeInfo} NodeInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeInfo.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.NodeInfo();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.alias = reader.string();
                        break;
                    }
                case 4: {
                        if (!(message.addrs && message.addrs.length))
                            message.addrs = [];
                        message.addrs.push($root.hivefs.NodeAddr.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 5: {
                        message.reachability = reader.int32();
                        break;
                    }
                case 6: {
                        message.lastSeenMs = reader.uint64();
                        break;
                    }
                case 7: {
                        message.hostname = reader.string();
                        break;
                    }
                case 8: {
                        message.version = reader.string();
                        break;
                    }
                case 9: {
                        message.pid = reader.uint32();
                        break;
                    }
                case 10: {
                        message.registeredMs = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a NodeInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.NodeInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.NodeInfo} NodeInfo
         */
        NodeInfo.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.NodeInfo)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.NodeInfo: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.NodeInfo();
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "MGMTD":
            case 1:
                message.type = 1;
                break;
            case "META":
            case 2:
                message.type = 2;
                break;
            case "STORAGE":
            case 3:
                message.type = 3;
                break;
            case "CLIENT":
            case 4:
                message.type = 4;
                break;
            }
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            if (object.alias != null)
                message.alias = String(object.alias);
            if (object.addrs) {
                if (!Array.isArray(object.addrs))
                    throw TypeError(".hivefs.NodeInfo.addrs: array expected");
                message.addrs = [];
                for (let i = 0; i < object.addrs.length; ++i) {
                    if (!$util.isObject(object.addrs[i]))
                        throw TypeError(".hivefs.NodeInfo.addrs: object expected");
                    message.addrs[i] = $root.hivefs.NodeAddr.fromObject(object.addrs[i], long + 1);
                }
            }
            switch (object.reachability) {
            default:
                if (typeof object.reachability === "number") {
                    message.reachability = object.reachability;
                    break;
                }
                break;
            case "REACHABILITY_UNSPECIFIED":
            case 0:
                message.reachability = 0;
                break;
            case "ONLINE":
            case 1:
                message.reachability = 1;
                break;
            case "PROBABLY_OFFLINE":
            case 2:
                message.reachability = 2;
                break;
            case "OFFLINE":
            case 3:
                message.reachability = 3;
                break;
            }
            if (object.lastSeenMs != null)
                if ($util.Long)
                    message.lastSeenMs = $util.Long.fromValue(object.lastSeenMs, true);
                else if (typeof object.lastSeenMs === "string")
                    message.lastSeenMs = parseInt(object.lastSeenMs, 10);
                else if (typeof object.lastSeenMs === "number")
                    message.lastSeenMs = object.lastSeenMs;
                else if (typeof object.lastSeenMs === "object")
                    message.lastSeenMs = new $util.LongBits(object.lastSeenMs.low >>> 0, object.lastSeenMs.high >>> 0).toNumber(true);
            if (object.hostname != null)
                message.hostname = String(object.hostname);
            if (object.version != null)
                message.version = String(object.version);
            if (object.pid != null)
                message.pid = object.pid >>> 0;
            if (object.registeredMs != null)
                if ($util.Long)
                    message.registeredMs = $util.Long.fromValue(object.registeredMs, true);
                else if (typeof object.registeredMs === "string")
                    message.registeredMs = parseInt(object.registeredMs, 10);
                else if (typeof object.registeredMs === "number")
                    message.registeredMs = object.registeredMs;
                else if (typeof object.registeredMs === "object")
                    message.registeredMs = new $util.LongBits(object.registeredMs.low >>> 0, object.registeredMs.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a NodeInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.NodeInfo
         * @static
         * @param {hivefs.NodeInfo} message NodeInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        NodeInfo.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.addrs = [];
            if (options.defaults) {
                object.type = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.nodeId = 0;
                object.alias = "";
                object.reachability = options.enums === String ? "REACHABILITY_UNSPECIFIED" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.lastSeenMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.lastSeenMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.hostname = "";
                object.version = "";
                object.pid = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.registeredMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.registeredMs = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.NodeType[message.type] === undefined ? message.type : $root.hivefs.NodeType[message.type] : message.type;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.alias != null && Object.hasOwnProperty.call(message, "alias"))
                object.alias = message.alias;
            if (message.addrs && message.addrs.length) {
                object.addrs = [];
                for (let j = 0; j < message.addrs.length; ++j)
                    object.addrs[j] = $root.hivefs.NodeAddr.toObject(message.addrs[j], options, q + 1);
            }
            if (message.reachability != null && Object.hasOwnProperty.call(message, "reachability"))
                object.reachability = options.enums === String ? $root.hivefs.Reachability[message.reachability] === undefined ? message.reachability : $root.hivefs.Reachability[message.reachability] : message.reachability;
            if (message.lastSeenMs != null && Object.hasOwnProperty.call(message, "lastSeenMs"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.lastSeenMs = typeof message.lastSeenMs === "number" ? BigInt(message.lastSeenMs) : $util.Long.fromBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0, true).toBigInt();
                else if (typeof message.lastSeenMs === "number")
                    object.lastSeenMs = options.longs === String ? String(message.lastSeenMs) : message.lastSeenMs;
                else
                    object.lastSeenMs = options.longs === String ? $util.Long.prototype.toString.call(message.lastSeenMs) : options.longs === Number ? new $util.LongBits(message.lastSeenMs.low >>> 0, message.lastSeenMs.high >>> 0).toNumber(true) : message.lastSeenMs;
            if (message.hostname != null && Object.hasOwnProperty.call(message, "hostname"))
                object.hostname = message.hostname;
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                object.pid = message.pid;
            if (message.registeredMs != null && Object.hasOwnProperty.call(message, "registeredMs"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.registeredMs = typeof message.registeredMs === "number" ? BigInt(message.registeredMs) : $util.Long.fromBits(message.registeredMs.low >>> 0, message.registeredMs.high >>> 0, true).toBigInt();
                else if (typeof message.registeredMs === "number")
                    object.registeredMs = options.longs === String ? String(message.registeredMs) : message.registeredMs;
                else
                    object.registeredMs = options.longs === String ? $util.Long.prototype.toString.call(message.registeredMs) : options.longs === Number ? new $util.LongBits(message.registeredMs.low >>> 0, message.registeredMs.high >>> 0).toNumber(true) : message.registeredMs;
            return object;
        };

        /**
         * Converts this NodeInfo to JSON.
         * @function toJSON
         * @memberof hivefs.NodeInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        NodeInfo.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return NodeInfo;
    })();

    hivefs.TargetSpace = (function() {

        /**
         * Properties of a TargetSpace.
         * @memberof hivefs
         * @interface ITargetSpace
         * @property {number|null} [targetId] TargetSpace targetId
         * @property {number|null} [totalBytes] TargetSpace totalBytes
         * @property {number|null} [freeBytes] TargetSpace freeBytes
         * @property {number|null} [totalInodes] TargetSpace totalInodes
         * @property {number|null} [freeInodes] TargetSpace freeInodes
         * @property {string|null} [fsId] TargetSpace fsId
         * @property {number|null} [usedBytes] TargetSpace usedBytes
         */

        /**
         * Constructs a new TargetSpace.
         * @memberof hivefs
         * @classdesc Represents a TargetSpace.
         * @implements ITargetSpace
         * @constructor
         * @param {hivefs.ITargetSpace=} [properties] Properties to set
         */
        function TargetSpace(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TargetSpace targetId.
         * @member {number} targetId
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.targetId = 0;

        /**
         * TargetSpace totalBytes.
         * @member {number} totalBytes
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TargetSpace freeBytes.
         * @member {number} freeBytes
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.freeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TargetSpace totalInodes.
         * @member {number} totalInodes
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.totalInodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TargetSpace freeInodes.
         * @member {number} freeInodes
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.freeInodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TargetSpace fsId.
         * @member {string} fsId
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.fsId = "";

        /**
         * TargetSpace usedBytes.
         * @member {number} usedBytes
         * @memberof hivefs.TargetSpace
         * @instance
         */
        TargetSpace.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TargetSpace instance using the specified properties.
         * @function create
         * @memberof hivefs.TargetSpace
         * @static
         * @param {hivefs.ITargetSpace=} [properties] Properties to set
         * @returns {hivefs.TargetSpace} TargetSpace instance
         */
        TargetSpace.create = function create(properties) {
            return new TargetSpace(properties);
        };

        /**
         * Encodes the specified TargetSpace message. Does not implicitly {@link hivefs.TargetSpace.verify|verify} messages.
         * @function encode
         * @memberof hivefs.TargetSpace
         * @static
         * @param {hivefs.ITargetSpace} message TargetSpace message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TargetSpace.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targetId);
            if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.totalBytes);
            if (message.freeBytes != null && Object.hasOwnProperty.call(message, "freeBytes"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.freeBytes);
            if (message.totalInodes != null && Object.hasOwnProperty.call(message, "totalInodes"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.totalInodes);
            if (message.freeInodes != null && Object.hasOwnProperty.call(message, "freeInodes"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.freeInodes);
            if (message.fsId != null && Object.hasOwnProperty.call(message, "fsId"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.fsId);
            if (message.usedBytes != null && Object.hasOwnProperty.call(message, "usedBytes"))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.usedBytes);
            return writer;
        };

        /**
         * Decodes a TargetSpace message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.TargetSpace
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.TargetSpace} TargetSpace
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TargetSpace.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.TargetSpace();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 2: {
                        message.totalBytes = reader.uint64();
                        break;
                    }
                case 3: {
                        message.freeBytes = reader.uint64();
                        break;
                    }
                case 4: {
                        message.totalInodes = reader.uint64();
                        break;
                    }
                case 5: {
                        message.freeInodes = reader.uint64();
                        break;
                    }
                case 6: {
                        message.fsId = reader.string();
                        break;
                    }
                case 7: {
                        message.usedBytes = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a TargetSpace message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.TargetSpace
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.TargetSpace} TargetSpace
         */
        TargetSpace.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.TargetSpace)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.TargetSpace: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.TargetSpace();
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.totalBytes != null)
                if ($util.Long)
                    message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                else if (typeof object.totalBytes === "string")
                    message.totalBytes = parseInt(object.totalBytes, 10);
                else if (typeof object.totalBytes === "number")
                    message.totalBytes = object.totalBytes;
                else if (typeof object.totalBytes === "object")
                    message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
            if (object.freeBytes != null)
                if ($util.Long)
                    message.freeBytes = $util.Long.fromValue(object.freeBytes, true);
                else if (typeof object.freeBytes === "string")
                    message.freeBytes = parseInt(object.freeBytes, 10);
                else if (typeof object.freeBytes === "number")
                    message.freeBytes = object.freeBytes;
                else if (typeof object.freeBytes === "object")
                    message.freeBytes = new $util.LongBits(object.freeBytes.low >>> 0, object.freeBytes.high >>> 0).toNumber(true);
            if (object.totalInodes != null)
                if ($util.Long)
                    message.totalInodes = $util.Long.fromValue(object.totalInodes, true);
                else if (typeof object.totalInodes === "string")
                    message.totalInodes = parseInt(object.totalInodes, 10);
                else if (typeof object.totalInodes === "number")
                    message.totalInodes = object.totalInodes;
                else if (typeof object.totalInodes === "object")
                    message.totalInodes = new $util.LongBits(object.totalInodes.low >>> 0, object.totalInodes.high >>> 0).toNumber(true);
            if (object.freeInodes != null)
                if ($util.Long)
                    message.freeInodes = $util.Long.fromValue(object.freeInodes, true);
                else if (typeof object.freeInodes === "string")
                    message.freeInodes = parseInt(object.freeInodes, 10);
                else if (typeof object.freeInodes === "number")
                    message.freeInodes = object.freeInodes;
                else if (typeof object.freeInodes === "object")
                    message.freeInodes = new $util.LongBits(object.freeInodes.low >>> 0, object.freeInodes.high >>> 0).toNumber(true);
            if (object.fsId != null)
                message.fsId = String(object.fsId);
            if (object.usedBytes != null)
                if ($util.Long)
                    message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                else if (typeof object.usedBytes === "string")
                    message.usedBytes = parseInt(object.usedBytes, 10);
                else if (typeof object.usedBytes === "number")
                    message.usedBytes = object.usedBytes;
                else if (typeof object.usedBytes === "object")
                    message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a TargetSpace message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.TargetSpace
         * @static
         * @param {hivefs.TargetSpace} message TargetSpace
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TargetSpace.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.targetId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.totalBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.totalBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.freeBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.freeBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.totalInodes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.totalInodes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.freeInodes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.freeInodes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.fsId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.usedBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.usedBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.totalBytes = typeof message.totalBytes === "number" ? BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                else if (typeof message.totalBytes === "number")
                    object.totalBytes = options.longs === String ? String(message.totalBytes) : message.totalBytes;
                else
                    object.totalBytes = options.longs === String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
            if (message.freeBytes != null && Object.hasOwnProperty.call(message, "freeBytes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.freeBytes = typeof message.freeBytes === "number" ? BigInt(message.freeBytes) : $util.Long.fromBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0, true).toBigInt();
                else if (typeof message.freeBytes === "number")
                    object.freeBytes = options.longs === String ? String(message.freeBytes) : message.freeBytes;
                else
                    object.freeBytes = options.longs === String ? $util.Long.prototype.toString.call(message.freeBytes) : options.longs === Number ? new $util.LongBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0).toNumber(true) : message.freeBytes;
            if (message.totalInodes != null && Object.hasOwnProperty.call(message, "totalInodes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.totalInodes = typeof message.totalInodes === "number" ? BigInt(message.totalInodes) : $util.Long.fromBits(message.totalInodes.low >>> 0, message.totalInodes.high >>> 0, true).toBigInt();
                else if (typeof message.totalInodes === "number")
                    object.totalInodes = options.longs === String ? String(message.totalInodes) : message.totalInodes;
                else
                    object.totalInodes = options.longs === String ? $util.Long.prototype.toString.call(message.totalInodes) : options.longs === Number ? new $util.LongBits(message.totalInodes.low >>> 0, message.totalInodes.high >>> 0).toNumber(true) : message.totalInodes;
            if (message.freeInodes != null && Object.hasOwnProperty.call(message, "freeInodes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.freeInodes = typeof message.freeInodes === "number" ? BigInt(message.freeInodes) : $util.Long.fromBits(message.freeInodes.low >>> 0, message.freeInodes.high >>> 0, true).toBigInt();
                else if (typeof message.freeInodes === "number")
                    object.freeInodes = options.longs === String ? String(message.freeInodes) : message.freeInodes;
                else
                    object.freeInodes = options.longs === String ? $util.Long.prototype.toString.call(message.freeInodes) : options.longs === Number ? new $util.LongBits(message.freeInodes.low >>> 0, message.freeInodes.high >>> 0).toNumber(true) : message.freeInodes;
            if (message.fsId != null && Object.hasOwnProperty.call(message, "fsId"))
                object.fsId = message.fsId;
            if (message.usedBytes != null && Object.hasOwnProperty.call(message, "usedBytes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.usedBytes = typeof message.usedBytes === "number" ? BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                else if (typeof message.usedBytes === "number")
                    object.usedBytes = options.longs === String ? String(message.usedBytes) : message.usedBytes;
                else
                    object.usedBytes = options.longs === String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
            return object;
        };

        /**
         * Converts this TargetSpace to JSON.
         * @function toJSON
         * @memberof hivefs.TargetSpace
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TargetSpace.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TargetSpace;
    })();

    hivefs.TargetInfo = (function() {

        /**
         * Properties of a TargetInfo.
         * @memberof hivefs
         * @interface ITargetInfo
         * @property {number|null} [targetId] TargetInfo targetId
         * @property {number|null} [nodeId] TargetInfo nodeId
         * @property {hivefs.NodeType|null} [nodeType] TargetInfo nodeType
         * @property {hivefs.Reachability|null} [reachability] TargetInfo reachability
         * @property {hivefs.Consistency|null} [consistency] TargetInfo consistency
         * @property {hivefs.CapacityPool|null} [capacityPool] TargetInfo capacityPool
         * @property {hivefs.ITargetSpace|null} [space] TargetInfo space
         * @property {number|null} [storagePoolId] TargetInfo storagePoolId
         * @property {boolean|null} [resyncing] TargetInfo resyncing
         */

        /**
         * Constructs a new TargetInfo.
         * @memberof hivefs
         * @classdesc Represents a TargetInfo.
         * @implements ITargetInfo
         * @constructor
         * @param {hivefs.ITargetInfo=} [properties] Properties to set
         */
        function TargetInfo(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TargetInfo targetId.
         * @member {number} targetId
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.targetId = 0;

        /**
         * TargetInfo nodeId.
         * @member {number} nodeId
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.nodeId = 0;

        /**
         * TargetInfo nodeType.
         * @member {hivefs.NodeType} nodeType
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.nodeType = 0;

        /**
         * TargetInfo reachability.
         * @member {hivefs.Reachability} reachability
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.reachability = 0;

        /**
         * TargetInfo consistency.
         * @member {hivefs.Consistency} consistency
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.consistency = 0;

        /**
         * TargetInfo capacityPool.
         * @member {hivefs.CapacityPool} capacityPool
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.capacityPool = 0;

        /**
         * TargetInfo space.
         * @member {hivefs.ITargetSpace|null|undefined} space
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.space = null;

        /**
         * TargetInfo storagePoolId.
         * @member {number} storagePoolId
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.storagePoolId = 0;

        /**
         * TargetInfo resyncing.
         * @member {boolean} resyncing
         * @memberof hivefs.TargetInfo
         * @instance
         */
        TargetInfo.prototype.resyncing = false;

        /**
         * Creates a new TargetInfo instance using the specified properties.
         * @function create
         * @memberof hivefs.TargetInfo
         * @static
         * @param {hivefs.ITargetInfo=} [properties] Properties to set
         * @returns {hivefs.TargetInfo} TargetInfo instance
         */
        TargetInfo.create = function create(properties) {
            return new TargetInfo(properties);
        };

        /**
         * Encodes the specified TargetInfo message. Does not implicitly {@link hivefs.TargetInfo.verify|verify} messages.
         * @function encode
         * @memberof hivefs.TargetInfo
         * @static
         * @param {hivefs.ITargetInfo} message TargetInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TargetInfo.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targetId);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            if (message.nodeType != null && Object.hasOwnProperty.call(message, "nodeType"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.nodeType);
            if (message.reachability != null && Object.hasOwnProperty.call(message, "reachability"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reachability);
            if (message.consistency != null && Object.hasOwnProperty.call(message, "consistency"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.consistency);
            if (message.capacityPool != null && Object.hasOwnProperty.call(message, "capacityPool"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.capacityPool);
            if (message.space != null && Object.hasOwnProperty.call(message, "space"))
                $root.hivefs.TargetSpace.encode(message.space, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.storagePoolId != null && Object.hasOwnProperty.call(message, "storagePoolId"))
                writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.storagePoolId);
            if (message.resyncing != null && Object.hasOwnProperty.call(message, "resyncing"))
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.resyncing);
            return writer;
        };

        /**
         * Decodes a TargetInfo message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.TargetInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.TargetInfo} TargetInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TargetInfo.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.TargetInfo();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.nodeType = reader.int32();
                        break;
                    }
                case 4: {
                        message.reachability = reader.int32();
                        break;
                    }
                case 5: {
                        message.consistency = reader.int32();
                        break;
                    }
                case 6: {
                        message.capacityPool = reader.int32();
                        break;
                    }
                case 7: {
                        message.space = $root.hivefs.TargetSpace.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 8: {
                        message.storagePoolId = reader.uint32();
                        break;
                    }
                case 9: {
                        message.resyncing = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a TargetInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.TargetInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.TargetInfo} TargetInfo
         */
        TargetInfo.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.TargetInfo)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.TargetInfo: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.TargetInfo();
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            switch (object.nodeType) {
            default:
                if (typeof object.nodeType === "number") {
                    message.nodeType = object.nodeType;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.nodeType = 0;
                break;
            case "MGMTD":
            case 1:
                message.nodeType = 1;
                break;
            case "META":
            case 2:
                message.nodeType = 2;
                break;
            case "STORAGE":
            case 3:
                message.nodeType = 3;
                break;
            case "CLIENT":
            case 4:
                message.nodeType = 4;
                break;
            }
            switch (object.reachability) {
            default:
                if (typeof object.reachability === "number") {
                    message.reachability = object.reachability;
                    break;
                }
                break;
            case "REACHABILITY_UNSPECIFIED":
            case 0:
                message.reachability = 0;
                break;
            case "ONLINE":
            case 1:
                message.reachability = 1;
                break;
            case "PROBABLY_OFFLINE":
            case 2:
                message.reachability = 2;
                break;
            case "OFFLINE":
            case 3:
                message.reachability = 3;
                break;
            }
            switch (object.consistency) {
            default:
                if (typeof object.consistency === "number") {
                    message.consistency = object.consistency;
                    break;
                }
                break;
            case "CONSISTENCY_UNSPECIFIED":
            case 0:
                message.consistency = 0;
                break;
            case "GOOD":
            case 1:
                message.consistency = 1;
                break;
            case "NEEDS_RESYNC":
            case 2:
                message.consistency = 2;
                break;
            case "BAD":
            case 3:
                message.consistency = 3;
                break;
            }
            switch (object.capacityPool) {
            default:
                if (typeof object.capacityPool === "number") {
                    message.capacityPool = object.capacityPool;
                    break;
                }
                break;
            case "NORMAL":
            case 0:
                message.capacityPool = 0;
                break;
            case "LOW":
            case 1:
                message.capacityPool = 1;
                break;
            case "EMERGENCY":
            case 2:
                message.capacityPool = 2;
                break;
            }
            if (object.space != null) {
                if (!$util.isObject(object.space))
                    throw TypeError(".hivefs.TargetInfo.space: object expected");
                message.space = $root.hivefs.TargetSpace.fromObject(object.space, long + 1);
            }
            if (object.storagePoolId != null)
                message.storagePoolId = object.storagePoolId >>> 0;
            if (object.resyncing != null)
                message.resyncing = Boolean(object.resyncing);
            return message;
        };

        /**
         * Creates a plain object from a TargetInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.TargetInfo
         * @static
         * @param {hivefs.TargetInfo} message TargetInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TargetInfo.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.targetId = 0;
                object.nodeId = 0;
                object.nodeType = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.reachability = options.enums === String ? "REACHABILITY_UNSPECIFIED" : 0;
                object.consistency = options.enums === String ? "CONSISTENCY_UNSPECIFIED" : 0;
                object.capacityPool = options.enums === String ? "NORMAL" : 0;
                object.space = null;
                object.storagePoolId = 0;
                object.resyncing = false;
            }
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.nodeType != null && Object.hasOwnProperty.call(message, "nodeType"))
                object.nodeType = options.enums === String ? $root.hivefs.NodeType[message.nodeType] === undefined ? message.nodeType : $root.hivefs.NodeType[message.nodeType] : message.nodeType;
            if (message.reachability != null && Object.hasOwnProperty.call(message, "reachability"))
                object.reachability = options.enums === String ? $root.hivefs.Reachability[message.reachability] === undefined ? message.reachability : $root.hivefs.Reachability[message.reachability] : message.reachability;
            if (message.consistency != null && Object.hasOwnProperty.call(message, "consistency"))
                object.consistency = options.enums === String ? $root.hivefs.Consistency[message.consistency] === undefined ? message.consistency : $root.hivefs.Consistency[message.consistency] : message.consistency;
            if (message.capacityPool != null && Object.hasOwnProperty.call(message, "capacityPool"))
                object.capacityPool = options.enums === String ? $root.hivefs.CapacityPool[message.capacityPool] === undefined ? message.capacityPool : $root.hivefs.CapacityPool[message.capacityPool] : message.capacityPool;
            if (message.space != null && Object.hasOwnProperty.call(message, "space"))
                object.space = $root.hivefs.TargetSpace.toObject(message.space, options, q + 1);
            if (message.storagePoolId != null && Object.hasOwnProperty.call(message, "storagePoolId"))
                object.storagePoolId = message.storagePoolId;
            if (message.resyncing != null && Object.hasOwnProperty.call(message, "resyncing"))
                object.resyncing = message.resyncing;
            return object;
        };

        /**
         * Converts this TargetInfo to JSON.
         * @function toJSON
         * @memberof hivefs.TargetInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TargetInfo.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TargetInfo;
    })();

    hivefs.BuddyGroup = (function() {

        /**
         * Properties of a BuddyGroup.
         * @memberof hivefs
         * @interface IBuddyGroup
         * @property {hivefs.NodeType|null} [nodeType] BuddyGroup nodeType
         * @property {number|null} [groupId] BuddyGroup groupId
         * @property {number|null} [primaryId] BuddyGroup primaryId
         * @property {number|null} [secondaryId] BuddyGroup secondaryId
         * @property {number|null} [storagePoolId] BuddyGroup storagePoolId
         */

        /**
         * Constructs a new BuddyGroup.
         * @memberof hivefs
         * @classdesc Represents a BuddyGroup.
         * @implements IBuddyGroup
         * @constructor
         * @param {hivefs.IBuddyGroup=} [properties] Properties to set
         */
        function BuddyGroup(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * BuddyGroup nodeType.
         * @member {hivefs.NodeType} nodeType
         * @memberof hivefs.BuddyGroup
         * @instance
         */
        BuddyGroup.prototype.nodeType = 0;

        /**
         * BuddyGroup groupId.
         * @member {number} groupId
         * @memberof hivefs.BuddyGroup
         * @instance
         */
        BuddyGroup.prototype.groupId = 0;

        /**
         * BuddyGroup primaryId.
         * @member {number} primaryId
         * @memberof hivefs.BuddyGroup
         * @instance
         */
        BuddyGroup.prototype.primaryId = 0;

        /**
         * BuddyGroup secondaryId.
         * @member {number} secondaryId
         * @memberof hivefs.BuddyGroup
         * @instance
         */
        BuddyGroup.prototype.secondaryId = 0;

        /**
         * BuddyGroup storagePoolId.
         * @member {number} storagePoolId
         * @memberof hivefs.BuddyGroup
         * @instance
         */
        BuddyGroup.prototype.storagePoolId = 0;

        /**
         * Creates a new BuddyGroup instance using the specified properties.
         * @function create
         * @memberof hivefs.BuddyGroup
         * @static
         * @param {hivefs.IBuddyGroup=} [properties] Properties to set
         * @returns {hivefs.BuddyGroup} BuddyGroup instance
         */
        BuddyGroup.create = function create(properties) {
            return new BuddyGroup(properties);
        };

        /**
         * Encodes the specified BuddyGroup message. Does not implicitly {@link hivefs.BuddyGroup.verify|verify} messages.
         * @function encode
         * @memberof hivefs.BuddyGroup
         * @static
         * @param {hivefs.IBuddyGroup} message BuddyGroup message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BuddyGroup.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.nodeType != null && Object.hasOwnProperty.call(message, "nodeType"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nodeType);
            if (message.groupId != null && Object.hasOwnProperty.call(message, "groupId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.groupId);
            if (message.primaryId != null && Object.hasOwnProperty.call(message, "primaryId"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.primaryId);
            if (message.secondaryId != null && Object.hasOwnProperty.call(message, "secondaryId"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.secondaryId);
            if (message.storagePoolId != null && Object.hasOwnProperty.call(message, "storagePoolId"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.storagePoolId);
            return writer;
        };

        /**
         * Decodes a BuddyGroup message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.BuddyGroup
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.BuddyGroup} BuddyGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BuddyGroup.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.BuddyGroup();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.nodeType = reader.int32();
                        break;
                    }
                case 2: {
                        message.groupId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.primaryId = reader.uint32();
                        break;
                    }
                case 4: {
                        message.secondaryId = reader.uint32();
                        break;
                    }
                case 5: {
                        message.storagePoolId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a BuddyGroup message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.BuddyGroup
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.BuddyGroup} BuddyGroup
         */
        BuddyGroup.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.BuddyGroup)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.BuddyGroup: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.BuddyGroup();
            switch (object.nodeType) {
            default:
                if (typeof object.nodeType === "number") {
                    message.nodeType = object.nodeType;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.nodeType = 0;
                break;
            case "MGMTD":
            case 1:
                message.nodeType = 1;
                break;
            case "META":
            case 2:
                message.nodeType = 2;
                break;
            case "STORAGE":
            case 3:
                message.nodeType = 3;
                break;
            case "CLIENT":
            case 4:
                message.nodeType = 4;
                break;
            }
            if (object.groupId != null)
                message.groupId = object.groupId >>> 0;
            if (object.primaryId != null)
                message.primaryId = object.primaryId >>> 0;
            if (object.secondaryId != null)
                message.secondaryId = object.secondaryId >>> 0;
            if (object.storagePoolId != null)
                message.storagePoolId = object.storagePoolId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a BuddyGroup message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.BuddyGroup
         * @static
         * @param {hivefs.BuddyGroup} message BuddyGroup
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BuddyGroup.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.nodeType = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.groupId = 0;
                object.primaryId = 0;
                object.secondaryId = 0;
                object.storagePoolId = 0;
            }
            if (message.nodeType != null && Object.hasOwnProperty.call(message, "nodeType"))
                object.nodeType = options.enums === String ? $root.hivefs.NodeType[message.nodeType] === undefined ? message.nodeType : $root.hivefs.NodeType[message.nodeType] : message.nodeType;
            if (message.groupId != null && Object.hasOwnProperty.call(message, "groupId"))
                object.groupId = message.groupId;
            if (message.primaryId != null && Object.hasOwnProperty.call(message, "primaryId"))
                object.primaryId = message.primaryId;
            if (message.secondaryId != null && Object.hasOwnProperty.call(message, "secondaryId"))
                object.secondaryId = message.secondaryId;
            if (message.storagePoolId != null && Object.hasOwnProperty.call(message, "storagePoolId"))
                object.storagePoolId = message.storagePoolId;
            return object;
        };

        /**
         * Converts this BuddyGroup to JSON.
         * @function toJSON
         * @memberof hivefs.BuddyGroup
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BuddyGroup.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BuddyGroup;
    })();

    hivefs.StoragePool = (function() {

        /**
         * Properties of a StoragePool.
         * @memberof hivefs
         * @interface IStoragePool
         * @property {number|null} [poolId] StoragePool poolId
         * @property {string|null} [alias] StoragePool alias
         * @property {Array.<number>|null} [targetIds] StoragePool targetIds
         * @property {Array.<number>|null} [groupIds] StoragePool groupIds
         */

        /**
         * Constructs a new StoragePool.
         * @memberof hivefs
         * @classdesc Represents a StoragePool.
         * @implements IStoragePool
         * @constructor
         * @param {hivefs.IStoragePool=} [properties] Properties to set
         */
        function StoragePool(properties) {
            this.targetIds = [];
            this.groupIds = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StoragePool poolId.
         * @member {number} poolId
         * @memberof hivefs.StoragePool
         * @instance
         */
        StoragePool.prototype.poolId = 0;

        /**
         * StoragePool alias.
         * @member {string} alias
         * @memberof hivefs.StoragePool
         * @instance
         */
        StoragePool.prototype.alias = "";

        /**
         * StoragePool targetIds.
         * @member {Array.<number>} targetIds
         * @memberof hivefs.StoragePool
         * @instance
         */
        StoragePool.prototype.targetIds = $util.emptyArray;

        /**
         * StoragePool groupIds.
         * @member {Array.<number>} groupIds
         * @memberof hivefs.StoragePool
         * @instance
         */
        StoragePool.prototype.groupIds = $util.emptyArray;

        /**
         * Creates a new StoragePool instance using the specified properties.
         * @function create
         * @memberof hivefs.StoragePool
         * @static
         * @param {hivefs.IStoragePool=} [properties] Properties to set
         * @returns {hivefs.StoragePool} StoragePool instance
         */
        StoragePool.create = function create(properties) {
            return new StoragePool(properties);
        };

        /**
         * Encodes the specified StoragePool message. Does not implicitly {@link hivefs.StoragePool.verify|verify} messages.
         * @function encode
         * @memberof hivefs.StoragePool
         * @static
         * @param {hivefs.IStoragePool} message StoragePool message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StoragePool.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.poolId != null && Object.hasOwnProperty.call(message, "poolId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.poolId);
            if (message.alias != null && Object.hasOwnProperty.call(message, "alias"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.alias);
            if (message.targetIds != null && message.targetIds.length) {
                writer.uint32(/* id 3, wireType 2 =*/26).fork();
                for (let i = 0; i < message.targetIds.length; ++i)
                    writer.uint32(message.targetIds[i]);
                writer.ldelim();
            }
            if (message.groupIds != null && message.groupIds.length) {
                writer.uint32(/* id 4, wireType 2 =*/34).fork();
                for (let i = 0; i < message.groupIds.length; ++i)
                    writer.uint32(message.groupIds[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a StoragePool message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.StoragePool
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.StoragePool} StoragePool
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StoragePool.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.StoragePool();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.poolId = reader.uint32();
                        break;
                    }
                case 2: {
                        message.alias = reader.string();
                        break;
                    }
                case 3: {
                        if (!(message.targetIds && message.targetIds.length))
                            message.targetIds = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.targetIds.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.targetIds.push(reader.uint32());
                        break;
                    }
                case 4: {
                        if (!(message.groupIds && message.groupIds.length))
                            message.groupIds = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.groupIds.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.groupIds.push(reader.uint32());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a StoragePool message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.StoragePool
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.StoragePool} StoragePool
         */
        StoragePool.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.StoragePool)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.StoragePool: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.StoragePool();
            if (object.poolId != null)
                message.poolId = object.poolId >>> 0;
            if (object.alias != null)
                message.alias = String(object.alias);
            if (object.targetIds) {
                if (!Array.isArray(object.targetIds))
                    throw TypeError(".hivefs.StoragePool.targetIds: array expected");
                message.targetIds = [];
                for (let i = 0; i < object.targetIds.length; ++i)
                    message.targetIds[i] = object.targetIds[i] >>> 0;
            }
            if (object.groupIds) {
                if (!Array.isArray(object.groupIds))
                    throw TypeError(".hivefs.StoragePool.groupIds: array expected");
                message.groupIds = [];
                for (let i = 0; i < object.groupIds.length; ++i)
                    message.groupIds[i] = object.groupIds[i] >>> 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a StoragePool message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.StoragePool
         * @static
         * @param {hivefs.StoragePool} message StoragePool
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StoragePool.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.targetIds = [];
                object.groupIds = [];
            }
            if (options.defaults) {
                object.poolId = 0;
                object.alias = "";
            }
            if (message.poolId != null && Object.hasOwnProperty.call(message, "poolId"))
                object.poolId = message.poolId;
            if (message.alias != null && Object.hasOwnProperty.call(message, "alias"))
                object.alias = message.alias;
            if (message.targetIds && message.targetIds.length) {
                object.targetIds = [];
                for (let j = 0; j < message.targetIds.length; ++j)
                    object.targetIds[j] = message.targetIds[j];
            }
            if (message.groupIds && message.groupIds.length) {
                object.groupIds = [];
                for (let j = 0; j < message.groupIds.length; ++j)
                    object.groupIds[j] = message.groupIds[j];
            }
            return object;
        };

        /**
         * Converts this StoragePool to JSON.
         * @function toJSON
         * @memberof hivefs.StoragePool
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StoragePool.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StoragePool;
    })();

    hivefs.ClusterMap = (function() {

        /**
         * Properties of a ClusterMap.
         * @memberof hivefs
         * @interface IClusterMap
         * @property {number|null} [version] ClusterMap version
         * @property {Array.<hivefs.INodeInfo>|null} [nodes] ClusterMap nodes
         * @property {Array.<hivefs.ITargetInfo>|null} [targets] ClusterMap targets
         * @property {Array.<hivefs.IBuddyGroup>|null} [groups] ClusterMap groups
         * @property {Array.<hivefs.IStoragePool>|null} [pools] ClusterMap pools
         * @property {number|null} [rootNodeId] ClusterMap rootNodeId
         */

        /**
         * Constructs a new ClusterMap.
         * @memberof hivefs
         * @classdesc Represents a ClusterMap.
         * @implements IClusterMap
         * @constructor
         * @param {hivefs.IClusterMap=} [properties] Properties to set
         */
        function ClusterMap(properties) {
            this.nodes = [];
            this.targets = [];
            this.groups = [];
            this.pools = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ClusterMap version.
         * @member {number} version
         * @memberof hivefs.ClusterMap
         * @instance
         */
        ClusterMap.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ClusterMap nodes.
         * @member {Array.<hivefs.INodeInfo>} nodes
         * @memberof hivefs.ClusterMap
         * @instance
         */
        ClusterMap.prototype.nodes = $util.emptyArray;

        /**
         * ClusterMap targets.
         * @member {Array.<hivefs.ITargetInfo>} targets
         * @memberof hivefs.ClusterMap
         * @instance
         */
        ClusterMap.prototype.targets = $util.emptyArray;

        /**
         * ClusterMap groups.
         * @member {Array.<hivefs.IBuddyGroup>} groups
         * @memberof hivefs.ClusterMap
         * @instance
         */
        ClusterMap.prototype.groups = $util.emptyArray;

        /**
         * ClusterMap pools.
         * @member {Array.<hivefs.IStoragePool>} pools
         * @memberof hivefs.ClusterMap
         * @instance
         */
        ClusterMap.prototype.pools = $util.emptyArray;

        /**
         * ClusterMap rootNodeId.
         * @member {number} rootNodeId
         * @memberof hivefs.ClusterMap
         * @instance
         */
        ClusterMap.prototype.rootNodeId = 0;

        /**
         * Creates a new ClusterMap instance using the specified properties.
         * @function create
         * @memberof hivefs.ClusterMap
         * @static
         * @param {hivefs.IClusterMap=} [properties] Properties to set
         * @returns {hivefs.ClusterMap} ClusterMap instance
         */
        ClusterMap.create = function create(properties) {
            return new ClusterMap(properties);
        };

        /**
         * Encodes the specified ClusterMap message. Does not implicitly {@link hivefs.ClusterMap.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ClusterMap
         * @static
         * @param {hivefs.IClusterMap} message ClusterMap message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClusterMap.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
            if (message.nodes != null && message.nodes.length)
                for (let i = 0; i < message.nodes.length; ++i)
                    $root.hivefs.NodeInfo.encode(message.nodes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.targets != null && message.targets.length)
                for (let i = 0; i < message.targets.length; ++i)
                    $root.hivefs.TargetInfo.encode(message.targets[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (message.groups != null && message.groups.length)
                for (let i = 0; i < message.groups.length; ++i)
                    $root.hivefs.BuddyGroup.encode(message.groups[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (message.pools != null && message.pools.length)
                for (let i = 0; i < message.pools.length; ++i)
                    $root.hivefs.StoragePool.encode(message.pools[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.rootNodeId != null && Object.hasOwnProperty.call(message, "rootNodeId"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.rootNodeId);
            return writer;
        };

        /**
         * Decodes a ClusterMap message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ClusterMap
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ClusterMap} ClusterMap
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClusterMap.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ClusterMap();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.version = reader.uint64();
                        break;
                    }
                case 2: {
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.hivefs.NodeInfo.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 3: {
                        if (!(message.targets && message.targets.length))
                            message.targets = [];
                        message.targets.push($root.hivefs.TargetInfo.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 4: {
                        if (!(message.groups && message.groups.length))
                            message.groups = [];
                        message.groups.push($root.hivefs.BuddyGroup.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 5: {
                        if (!(message.pools && message.pools.length))
                            message.pools = [];
                        message.pools.push($root.hivefs.StoragePool.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 6: {
                        message.rootNodeId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ClusterMap message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ClusterMap
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ClusterMap} ClusterMap
         */
        ClusterMap.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ClusterMap)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ClusterMap: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ClusterMap();
            if (object.version != null)
                if ($util.Long)
                    message.version = $util.Long.fromValue(object.version, true);
                else if (typeof object.version === "string")
                    message.version = parseInt(object.version, 10);
                else if (typeof object.version === "number")
                    message.version = object.version;
                else if (typeof object.version === "object")
                    message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber(true);
            if (object.nodes) {
                if (!Array.isArray(object.nodes))
                    throw TypeError(".hivefs.ClusterMap.nodes: array expected");
                message.nodes = [];
                for (let i = 0; i < object.nodes.length; ++i) {
                    if (!$util.isObject(object.nodes[i]))
                        throw TypeError(".hivefs.ClusterMap.nodes: object expected");
                    message.nodes[i] = $root.hivefs.NodeInfo.fromObject(object.nodes[i], long + 1);
                }
            }
            if (object.targets) {
                if (!Array.isArray(object.targets))
                    throw TypeError(".hivefs.ClusterMap.targets: array expected");
                message.targets = [];
                for (let i = 0; i < object.targets.length; ++i) {
                    if (!$util.isObject(object.targets[i]))
                        throw TypeError(".hivefs.ClusterMap.targets: object expected");
                    message.targets[i] = $root.hivefs.TargetInfo.fromObject(object.targets[i], long + 1);
                }
            }
            if (object.groups) {
                if (!Array.isArray(object.groups))
                    throw TypeError(".hivefs.ClusterMap.groups: array expected");
                message.groups = [];
                for (let i = 0; i < object.groups.length; ++i) {
                    if (!$util.isObject(object.groups[i]))
                        throw TypeError(".hivefs.ClusterMap.groups: object expected");
                    message.groups[i] = $root.hivefs.BuddyGroup.fromObject(object.groups[i], long + 1);
                }
            }
            if (object.pools) {
                if (!Array.isArray(object.pools))
                    throw TypeError(".hivefs.ClusterMap.pools: array expected");
                message.pools = [];
                for (let i = 0; i < object.pools.length; ++i) {
                    if (!$util.isObject(object.pools[i]))
                        throw TypeError(".hivefs.ClusterMap.pools: object expected");
                    message.pools[i] = $root.hivefs.StoragePool.fromObject(object.pools[i], long + 1);
                }
            }
            if (object.rootNodeId != null)
                message.rootNodeId = object.rootNodeId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ClusterMap message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ClusterMap
         * @static
         * @param {hivefs.ClusterMap} message ClusterMap
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClusterMap.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.nodes = [];
                object.targets = [];
                object.groups = [];
                object.pools = [];
            }
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.version = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.version = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.rootNodeId = 0;
            }
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.version = typeof message.version === "number" ? BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, true).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === String ? String(message.version) : message.version;
                else
                    object.version = options.longs === String ? $util.Long.prototype.toString.call(message.version) : options.longs === Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber(true) : message.version;
            if (message.nodes && message.nodes.length) {
                object.nodes = [];
                for (let j = 0; j < message.nodes.length; ++j)
                    object.nodes[j] = $root.hivefs.NodeInfo.toObject(message.nodes[j], options, q + 1);
            }
            if (message.targets && message.targets.length) {
                object.targets = [];
                for (let j = 0; j < message.targets.length; ++j)
                    object.targets[j] = $root.hivefs.TargetInfo.toObject(message.targets[j], options, q + 1);
            }
            if (message.groups && message.groups.length) {
                object.groups = [];
                for (let j = 0; j < message.groups.length; ++j)
                    object.groups[j] = $root.hivefs.BuddyGroup.toObject(message.groups[j], options, q + 1);
            }
            if (message.pools && message.pools.length) {
                object.pools = [];
                for (let j = 0; j < message.pools.length; ++j)
                    object.pools[j] = $root.hivefs.StoragePool.toObject(message.pools[j], options, q + 1);
            }
            if (message.rootNodeId != null && Object.hasOwnProperty.call(message, "rootNodeId"))
                object.rootNodeId = message.rootNodeId;
            return object;
        };

        /**
         * Converts this ClusterMap to JSON.
         * @function toJSON
         * @memberof hivefs.ClusterMap
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClusterMap.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ClusterMap;
    })();

    hivefs.ErrorResp = (function() {

        /**
         * Properties of an ErrorResp.
         * @memberof hivefs
         * @interface IErrorResp
         * @property {number|null} [code] ErrorResp code
         * @property {string|null} [message] ErrorResp message
         * @property {number|null} [mapVersion] ErrorResp mapVersion
         */

        /**
         * Constructs a new ErrorResp.
         * @memberof hivefs
         * @classdesc Represents an ErrorResp.
         * @implements IErrorResp
         * @constructor
         * @param {hivefs.IErrorResp=} [properties] Properties to set
         */
        function ErrorResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ErrorResp code.
         * @member {number} code
         * @memberof hivefs.ErrorResp
         * @instance
         */
        ErrorResp.prototype.code = 0;

        /**
         * ErrorResp message.
         * @member {string} message
         * @memberof hivefs.ErrorResp
         * @instance
         */
        ErrorResp.prototype.message = "";

        /**
         * ErrorResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.ErrorResp
         * @instance
         */
        ErrorResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ErrorResp instance using the specified properties.
         * @function create
         * @memberof hivefs.ErrorResp
         * @static
         * @param {hivefs.IErrorResp=} [properties] Properties to set
         * @returns {hivefs.ErrorResp} ErrorResp instance
         */
        ErrorResp.create = function create(properties) {
            return new ErrorResp(properties);
        };

        /**
         * Encodes the specified ErrorResp message. Does not implicitly {@link hivefs.ErrorResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ErrorResp
         * @static
         * @param {hivefs.IErrorResp} message ErrorResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes an ErrorResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ErrorResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ErrorResp} ErrorResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ErrorResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.code = reader.uint32();
                        break;
                    }
                case 2: {
                        message.message = reader.string();
                        break;
                    }
                case 3: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an ErrorResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ErrorResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ErrorResp} ErrorResp
         */
        ErrorResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ErrorResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ErrorResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ErrorResp();
            if (object.code != null)
                message.code = object.code >>> 0;
            if (object.message != null)
                message.message = String(object.message);
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from an ErrorResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ErrorResp
         * @static
         * @param {hivefs.ErrorResp} message ErrorResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ErrorResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.code = 0;
                object.message = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this ErrorResp to JSON.
         * @function toJSON
         * @memberof hivefs.ErrorResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ErrorResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ErrorResp;
    })();

    hivefs.Timespec = (function() {

        /**
         * Properties of a Timespec.
         * @memberof hivefs
         * @interface ITimespec
         * @property {number|null} [sec] Timespec sec
         * @property {number|null} [nsec] Timespec nsec
         */

        /**
         * Constructs a new Timespec.
         * @memberof hivefs
         * @classdesc Represents a Timespec.
         * @implements ITimespec
         * @constructor
         * @param {hivefs.ITimespec=} [properties] Properties to set
         */
        function Timespec(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Timespec sec.
         * @member {number} sec
         * @memberof hivefs.Timespec
         * @instance
         */
        Timespec.prototype.sec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Timespec nsec.
         * @member {number} nsec
         * @memberof hivefs.Timespec
         * @instance
         */
        Timespec.prototype.nsec = 0;

        /**
         * Creates a new Timespec instance using the specified properties.
         * @function create
         * @memberof hivefs.Timespec
         * @static
         * @param {hivefs.ITimespec=} [properties] Properties to set
         * @returns {hivefs.Timespec} Timespec instance
         */
        Timespec.create = function create(properties) {
            return new Timespec(properties);
        };

        /**
         * Encodes the specified Timespec message. Does not implicitly {@link hivefs.Timespec.verify|verify} messages.
         * @function encode
         * @memberof hivefs.Timespec
         * @static
         * @param {hivefs.ITimespec} message Timespec message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Timespec.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.sec != null && Object.hasOwnProperty.call(message, "sec"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.sec);
            if (message.nsec != null && Object.hasOwnProperty.call(message, "nsec"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nsec);
            return writer;
        };

        /**
         * Decodes a Timespec message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.Timespec
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.Timespec} Timespec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Timespec.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.Timespec();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.sec = reader.int64();
                        break;
                    }
                case 2: {
                        message.nsec = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a Timespec message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.Timespec
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.Timespec} Timespec
         */
        Timespec.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.Timespec)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.Timespec: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.Timespec();
            if (object.sec != null)
                if ($util.Long)
                    message.sec = $util.Long.fromValue(object.sec, false);
                else if (typeof object.sec === "string")
                    message.sec = parseInt(object.sec, 10);
                else if (typeof object.sec === "number")
                    message.sec = object.sec;
                else if (typeof object.sec === "object")
                    message.sec = new $util.LongBits(object.sec.low >>> 0, object.sec.high >>> 0).toNumber();
            if (object.nsec != null)
                message.nsec = object.nsec >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a Timespec message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.Timespec
         * @static
         * @param {hivefs.Timespec} message Timespec
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Timespec.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sec = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.sec = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.nsec = 0;
            }
            if (message.sec != null && Object.hasOwnProperty.call(message, "sec"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.sec = typeof message.sec === "number" ? BigInt(message.sec) : $util.Long.fromBits(message.sec.low >>> 0, message.sec.high >>> 0, false).toBigInt();
                else if (typeof message.sec === "number")
                    object.sec = options.longs === String ? String(message.sec) : message.sec;
                else
                    object.sec = options.longs === String ? $util.Long.prototype.toString.call(message.sec) : options.longs === Number ? new $util.LongBits(message.sec.low >>> 0, message.sec.high >>> 0).toNumber() : message.sec;
            if (message.nsec != null && Object.hasOwnProperty.call(message, "nsec"))
                object.nsec = message.nsec;
            return object;
        };

        /**
         * Converts this Timespec to JSON.
         * @function toJSON
         * @memberof hivefs.Timespec
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Timespec.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Timespec;
    })();

    hivefs.Attr = (function() {

        /**
         * Properties of an Attr.
         * @memberof hivefs
         * @interface IAttr
         * @property {string|null} [entryId] Attr entryId
         * @property {hivefs.EntryType|null} [type] Attr type
         * @property {number|null} [mode] Attr mode
         * @property {number|null} [uid] Attr uid
         * @property {number|null} [gid] Attr gid
         * @property {number|null} [size] Attr size
         * @property {hivefs.ITimespec|null} [atime] Attr atime
         * @property {hivefs.ITimespec|null} [mtime] Attr mtime
         * @property {hivefs.ITimespec|null} [ctime] Attr ctime
         * @property {number|null} [nlink] Attr nlink
         * @property {number|null} [ownerNodeId] Attr ownerNodeId
         * @property {hivefs.IStripePattern|null} [pattern] Attr pattern
         * @property {string|null} [parentId] Attr parentId
         * @property {number|null} [ino] Attr ino
         * @property {number|null} [openWriters] Attr openWriters
         * @property {number|null} [rdev] Attr rdev
         * @property {number|null} [blocks] Attr blocks
         * @property {Array.<number>|null} [chunkBlocks] Attr chunkBlocks
         */

        /**
         * Constructs a new Attr.
         * @memberof hivefs
         * @classdesc Represents an Attr.
         * @implements IAttr
         * @constructor
         * @param {hivefs.IAttr=} [properties] Properties to set
         */
        function Attr(properties) {
            this.chunkBlocks = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Attr entryId.
         * @member {string} entryId
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.entryId = "";

        /**
         * Attr type.
         * @member {hivefs.EntryType} type
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.type = 0;

        /**
         * Attr mode.
         * @member {number} mode
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.mode = 0;

        /**
         * Attr uid.
         * @member {number} uid
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.uid = 0;

        /**
         * Attr gid.
         * @member {number} gid
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.gid = 0;

        /**
         * Attr size.
         * @member {number} size
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Attr atime.
         * @member {hivefs.ITimespec|null|undefined} atime
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.atime = null;

        /**
         * Attr mtime.
         * @member {hivefs.ITimespec|null|undefined} mtime
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.mtime = null;

        /**
         * Attr ctime.
         * @member {hivefs.ITimespec|null|undefined} ctime
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.ctime = null;

        /**
         * Attr nlink.
         * @member {number} nlink
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.nlink = 0;

        /**
         * Attr ownerNodeId.
         * @member {number} ownerNodeId
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.ownerNodeId = 0;

        /**
         * Attr pattern.
         * @member {hivefs.IStripePattern|null|undefined} pattern
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.pattern = null;

        /**
         * Attr parentId.
         * @member {string} parentId
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.parentId = "";

        /**
         * Attr ino.
         * @member {number} ino
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.ino = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Attr openWriters.
         * @member {number} openWriters
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.openWriters = 0;

        /**
         * Attr rdev.
         * @member {number} rdev
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.rdev = 0;

        /**
         * Attr blocks.
         * @member {number} blocks
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Attr chunkBlocks.
         * @member {Array.<number>} chunkBlocks
         * @memberof hivefs.Attr
         * @instance
         */
        Attr.prototype.chunkBlocks = $util.emptyArray;

        /**
         * Creates a new Attr instance using the specified properties.
         * @function create
         * @memberof hivefs.Attr
         * @static
         * @param {hivefs.IAttr=} [properties] Properties to set
         * @returns {hivefs.Attr} Attr instance
         */
        Attr.create = function create(properties) {
            return new Attr(properties);
        };

        /**
         * Encodes the specified Attr message. Does not implicitly {@link hivefs.Attr.verify|verify} messages.
         * @function encode
         * @memberof hivefs.Attr
         * @static
         * @param {hivefs.IAttr} message Attr message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Attr.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.mode);
            if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.uid);
            if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.gid);
            if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.size);
            if (message.atime != null && Object.hasOwnProperty.call(message, "atime"))
                $root.hivefs.Timespec.encode(message.atime, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                $root.hivefs.Timespec.encode(message.mtime, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (message.ctime != null && Object.hasOwnProperty.call(message, "ctime"))
                $root.hivefs.Timespec.encode(message.ctime, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (message.nlink != null && Object.hasOwnProperty.call(message, "nlink"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.nlink);
            if (message.ownerNodeId != null && Object.hasOwnProperty.call(message, "ownerNodeId"))
                writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.ownerNodeId);
            if (message.pattern != null && Object.hasOwnProperty.call(message, "pattern"))
                $root.hivefs.StripePattern.encode(message.pattern, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.parentId);
            if (message.ino != null && Object.hasOwnProperty.call(message, "ino"))
                writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.ino);
            if (message.openWriters != null && Object.hasOwnProperty.call(message, "openWriters"))
                writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.openWriters);
            if (message.rdev != null && Object.hasOwnProperty.call(message, "rdev"))
                writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.rdev);
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.blocks);
            if (message.chunkBlocks != null && message.chunkBlocks.length) {
                writer.uint32(/* id 18, wireType 2 =*/146).fork();
                for (let i = 0; i < message.chunkBlocks.length; ++i)
                    writer.uint64(message.chunkBlocks[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes an Attr message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.Attr
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.Attr} Attr
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Attr.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.Attr();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.type = reader.int32();
                        break;
                    }
                case 3: {
                        message.mode = reader.uint32();
                        break;
                    }
                case 4: {
                        message.uid = reader.uint32();
                        break;
                    }
                case 5: {
                        message.gid = reader.uint32();
                        break;
                    }
                case 6: {
                        message.size = reader.uint64();
                        break;
                    }
                case 7: {
                        message.atime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 8: {
                        message.mtime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 9: {
                        message.ctime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 10: {
                        message.nlink = reader.uint32();
                        break;
                    }
                case 11: {
                        message.ownerNodeId = reader.uint32();
                        break;
                    }
                case 12: {
                        message.pattern = $root.hivefs.StripePattern.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 13: {
                        message.parentId = reader.string();
                        break;
                    }
                case 14: {
                        message.ino = reader.uint64();
                        break;
                    }
                case 15: {
                        message.openWriters = reader.uint32();
                        break;
                    }
                case 16: {
                        message.rdev = reader.uint32();
                        break;
                    }
                case 17: {
                        message.blocks = reader.uint64();
                        break;
                    }
                case 18: {
                        if (!(message.chunkBlocks && message.chunkBlocks.length))
                            message.chunkBlocks = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.chunkBlocks.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.chunkBlocks.push(reader.uint64());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an Attr message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.Attr
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.Attr} Attr
         */
        Attr.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.Attr)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.Attr: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.Attr();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "ENTRY_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "DIRECTORY":
            case 1:
                message.type = 1;
                break;
            case "REGULAR":
            case 2:
                message.type = 2;
                break;
            case "SYMLINK":
            case 3:
                message.type = 3;
                break;
            case "FIFO":
            case 4:
                message.type = 4;
                break;
            case "CHARDEV":
            case 5:
                message.type = 5;
                break;
            case "BLOCKDEV":
            case 6:
                message.type = 6;
                break;
            case "SOCKET":
            case 7:
                message.type = 7;
                break;
            }
            if (object.mode != null)
                message.mode = object.mode >>> 0;
            if (object.uid != null)
                message.uid = object.uid >>> 0;
            if (object.gid != null)
                message.gid = object.gid >>> 0;
            if (object.size != null)
                if ($util.Long)
                    message.size = $util.Long.fromValue(object.size, true);
                else if (typeof object.size === "string")
                    message.size = parseInt(object.size, 10);
                else if (typeof object.size === "number")
                    message.size = object.size;
                else if (typeof object.size === "object")
                    message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
            if (object.atime != null) {
                if (!$util.isObject(object.atime))
                    throw TypeError(".hivefs.Attr.atime: object expected");
                message.atime = $root.hivefs.Timespec.fromObject(object.atime, long + 1);
            }
            if (object.mtime != null) {
                if (!$util.isObject(object.mtime))
                    throw TypeError(".hivefs.Attr.mtime: object expected");
                message.mtime = $root.hivefs.Timespec.fromObject(object.mtime, long + 1);
            }
            if (object.ctime != null) {
                if (!$util.isObject(object.ctime))
                    throw TypeError(".hivefs.Attr.ctime: object expected");
                message.ctime = $root.hivefs.Timespec.fromObject(object.ctime, long + 1);
            }
            if (object.nlink != null)
                message.nlink = object.nlink >>> 0;
            if (object.ownerNodeId != null)
                message.ownerNodeId = object.ownerNodeId >>> 0;
            if (object.pattern != null) {
                if (!$util.isObject(object.pattern))
                    throw TypeError(".hivefs.Attr.pattern: object expected");
                message.pattern = $root.hivefs.StripePattern.fromObject(object.pattern, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.ino != null)
                if ($util.Long)
                    message.ino = $util.Long.fromValue(object.ino, true);
                else if (typeof object.ino === "string")
                    message.ino = parseInt(object.ino, 10);
                else if (typeof object.ino === "number")
                    message.ino = object.ino;
                else if (typeof object.ino === "object")
                    message.ino = new $util.LongBits(object.ino.low >>> 0, object.ino.high >>> 0).toNumber(true);
            if (object.openWriters != null)
                message.openWriters = object.openWriters >>> 0;
            if (object.rdev != null)
                message.rdev = object.rdev >>> 0;
            if (object.blocks != null)
                if ($util.Long)
                    message.blocks = $util.Long.fromValue(object.blocks, true);
                else if (typeof object.blocks === "string")
                    message.blocks = parseInt(object.blocks, 10);
                else if (typeof object.blocks === "number")
                    message.blocks = object.blocks;
                else if (typeof object.blocks === "object")
                    message.blocks = new $util.LongBits(object.blocks.low >>> 0, object.blocks.high >>> 0).toNumber(true);
            if (object.chunkBlocks) {
                if (!Array.isArray(object.chunkBlocks))
                    throw TypeError(".hivefs.Attr.chunkBlocks: array expected");
                message.chunkBlocks = [];
                for (let i = 0; i < object.chunkBlocks.length; ++i)
                    if ($util.Long)
                        message.chunkBlocks[i] = $util.Long.fromValue(object.chunkBlocks[i], true);
                    else if (typeof object.chunkBlocks[i] === "string")
                        message.chunkBlocks[i] = parseInt(object.chunkBlocks[i], 10);
                    else if (typeof object.chunkBlocks[i] === "number")
                        message.chunkBlocks[i] = object.chunkBlocks[i];
                    else if (typeof object.chunkBlocks[i] === "object")
                        message.chunkBlocks[i] = new $util.LongBits(object.chunkBlocks[i].low >>> 0, object.chunkBlocks[i].high >>> 0).toNumber(true);
            }
            return message;
        };

        /**
         * Creates a plain object from an Attr message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.Attr
         * @static
         * @param {hivefs.Attr} message Attr
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Attr.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunkBlocks = [];
            if (options.defaults) {
                object.entryId = "";
                object.type = options.enums === String ? "ENTRY_TYPE_UNSPECIFIED" : 0;
                object.mode = 0;
                object.uid = 0;
                object.gid = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.size = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.size = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.atime = null;
                object.mtime = null;
                object.ctime = null;
                object.nlink = 0;
                object.ownerNodeId = 0;
                object.pattern = null;
                object.parentId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.ino = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.ino = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.openWriters = 0;
                object.rdev = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.blocks = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.blocks = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.EntryType[message.type] === undefined ? message.type : $root.hivefs.EntryType[message.type] : message.type;
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                object.uid = message.uid;
            if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                object.gid = message.gid;
            if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.size = typeof message.size === "number" ? BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                else if (typeof message.size === "number")
                    object.size = options.longs === String ? String(message.size) : message.size;
                else
                    object.size = options.longs === String ? $util.Long.prototype.toString.call(message.size) : options.longs === Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
            if (message.atime != null && Object.hasOwnProperty.call(message, "atime"))
                object.atime = $root.hivefs.Timespec.toObject(message.atime, options, q + 1);
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                object.mtime = $root.hivefs.Timespec.toObject(message.mtime, options, q + 1);
            if (message.ctime != null && Object.hasOwnProperty.call(message, "ctime"))
                object.ctime = $root.hivefs.Timespec.toObject(message.ctime, options, q + 1);
            if (message.nlink != null && Object.hasOwnProperty.call(message, "nlink"))
                object.nlink = message.nlink;
            if (message.ownerNodeId != null && Object.hasOwnProperty.call(message, "ownerNodeId"))
                object.ownerNodeId = message.ownerNodeId;
            if (message.pattern != null && Object.hasOwnProperty.call(message, "pattern"))
                object.pattern = $root.hivefs.StripePattern.toObject(message.pattern, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.ino != null && Object.hasOwnProperty.call(message, "ino"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.ino = typeof message.ino === "number" ? BigInt(message.ino) : $util.Long.fromBits(message.ino.low >>> 0, message.ino.high >>> 0, true).toBigInt();
                else if (typeof message.ino === "number")
                    object.ino = options.longs === String ? String(message.ino) : message.ino;
                else
                    object.ino = options.longs === String ? $util.Long.prototype.toString.call(message.ino) : options.longs === Number ? new $util.LongBits(message.ino.low >>> 0, message.ino.high >>> 0).toNumber(true) : message.ino;
            if (message.openWriters != null && Object.hasOwnProperty.call(message, "openWriters"))
                object.openWriters = message.openWriters;
            if (message.rdev != null && Object.hasOwnProperty.call(message, "rdev"))
                object.rdev = message.rdev;
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.blocks = typeof message.blocks === "number" ? BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
                else if (typeof message.blocks === "number")
                    object.blocks = options.longs === String ? String(message.blocks) : message.blocks;
                else
                    object.blocks = options.longs === String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
            if (message.chunkBlocks && message.chunkBlocks.length) {
                object.chunkBlocks = [];
                for (let j = 0; j < message.chunkBlocks.length; ++j)
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chunkBlocks[j] = typeof message.chunkBlocks[j] === "number" ? BigInt(message.chunkBlocks[j]) : $util.Long.fromBits(message.chunkBlocks[j].low >>> 0, message.chunkBlocks[j].high >>> 0, true).toBigInt();
                    else if (typeof message.chunkBlocks[j] === "number")
                        object.chunkBlocks[j] = options.longs === String ? String(message.chunkBlocks[j]) : message.chunkBlocks[j];
                    else
                        object.chunkBlocks[j] = options.longs === String ? $util.Long.prototype.toString.call(message.chunkBlocks[j]) : options.longs === Number ? new $util.LongBits(message.chunkBlocks[j].low >>> 0, message.chunkBlocks[j].high >>> 0).toNumber(true) : message.chunkBlocks[j];
            }
            return object;
        };

        /**
         * Converts this Attr to JSON.
         * @function toJSON
         * @memberof hivefs.Attr
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Attr.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Attr;
    })();

    hivefs.DirEntry = (function() {

        /**
         * Properties of a DirEntry.
         * @memberof hivefs
         * @interface IDirEntry
         * @property {string|null} [name] DirEntry name
         * @property {string|null} [entryId] DirEntry entryId
         * @property {hivefs.EntryType|null} [type] DirEntry type
         * @property {hivefs.IAttr|null} [attr] DirEntry attr
         */

        /**
         * Constructs a new DirEntry.
         * @memberof hivefs
         * @classdesc Represents a DirEntry.
         * @implements IDirEntry
         * @constructor
         * @param {hivefs.IDirEntry=} [properties] Properties to set
         */
        function DirEntry(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DirEntry name.
         * @member {string} name
         * @memberof hivefs.DirEntry
         * @instance
         */
        DirEntry.prototype.name = "";

        /**
         * DirEntry entryId.
         * @member {string} entryId
         * @memberof hivefs.DirEntry
         * @instance
         */
        DirEntry.prototype.entryId = "";

        /**
         * DirEntry type.
         * @member {hivefs.EntryType} type
         * @memberof hivefs.DirEntry
         * @instance
         */
        DirEntry.prototype.type = 0;

        /**
         * DirEntry attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.DirEntry
         * @instance
         */
        DirEntry.prototype.attr = null;

        /**
         * Creates a new DirEntry instance using the specified properties.
         * @function create
         * @memberof hivefs.DirEntry
         * @static
         * @param {hivefs.IDirEntry=} [properties] Properties to set
         * @returns {hivefs.DirEntry} DirEntry instance
         */
        DirEntry.create = function create(properties) {
            return new DirEntry(properties);
        };

        /**
         * Encodes the specified DirEntry message. Does not implicitly {@link hivefs.DirEntry.verify|verify} messages.
         * @function encode
         * @memberof hivefs.DirEntry
         * @static
         * @param {hivefs.IDirEntry} message DirEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DirEntry.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a DirEntry message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.DirEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.DirEntry} DirEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DirEntry.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.DirEntry();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.type = reader.int32();
                        break;
                    }
                case 4: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a DirEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.DirEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.DirEntry} DirEntry
         */
        DirEntry.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.DirEntry)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.DirEntry: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.DirEntry();
            if (object.name != null)
                message.name = String(object.name);
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "ENTRY_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "DIRECTORY":
            case 1:
                message.type = 1;
                break;
            case "REGULAR":
            case 2:
                message.type = 2;
                break;
            case "SYMLINK":
            case 3:
                message.type = 3;
                break;
            case "FIFO":
            case 4:
                message.type = 4;
                break;
            case "CHARDEV":
            case 5:
                message.type = 5;
                break;
            case "BLOCKDEV":
            case 6:
                message.type = 6;
                break;
            case "SOCKET":
            case 7:
                message.type = 7;
                break;
            }
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.DirEntry.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a DirEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.DirEntry
         * @static
         * @param {hivefs.DirEntry} message DirEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DirEntry.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.entryId = "";
                object.type = options.enums === String ? "ENTRY_TYPE_UNSPECIFIED" : 0;
                object.attr = null;
            }
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.EntryType[message.type] === undefined ? message.type : $root.hivefs.EntryType[message.type] : message.type;
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            return object;
        };

        /**
         * Converts this DirEntry to JSON.
         * @function toJSON
         * @memberof hivefs.DirEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DirEntry.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DirEntry;
    })();

    hivefs.LookupReq = (function() {

        /**
         * Properties of a LookupReq.
         * @memberof hivefs
         * @interface ILookupReq
         * @property {hivefs.ICredentials|null} [cred] LookupReq cred
         * @property {string|null} [parentId] LookupReq parentId
         * @property {string|null} [name] LookupReq name
         */

        /**
         * Constructs a new LookupReq.
         * @memberof hivefs
         * @classdesc Represents a LookupReq.
         * @implements ILookupReq
         * @constructor
         * @param {hivefs.ILookupReq=} [properties] Properties to set
         */
        function LookupReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LookupReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.LookupReq
         * @instance
         */
        LookupReq.prototype.cred = null;

        /**
         * LookupReq parentId.
         * @member {string} parentId
         * @memberof hivefs.LookupReq
         * @instance
         */
        LookupReq.prototype.parentId = "";

        /**
         * LookupReq name.
         * @member {string} name
         * @memberof hivefs.LookupReq
         * @instance
         */
        LookupReq.prototype.name = "";

        /**
         * Creates a new LookupReq instance using the specified properties.
         * @function create
         * @memberof hivefs.LookupReq
         * @static
         * @param {hivefs.ILookupReq=} [properties] Properties to set
         * @returns {hivefs.LookupReq} LookupReq instance
         */
        LookupReq.create = function create(properties) {
            return new LookupReq(properties);
        };

        /**
         * Encodes the specified LookupReq message. Does not implicitly {@link hivefs.LookupReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.LookupReq
         * @static
         * @param {hivefs.ILookupReq} message LookupReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LookupReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            return writer;
        };

        /**
         * Decodes a LookupReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.LookupReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.LookupReq} LookupReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LookupReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.LookupReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a LookupReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.LookupReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.LookupReq} LookupReq
         */
        LookupReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.LookupReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.LookupReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.LookupReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.LookupReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            return message;
        };

        /**
         * Creates a plain object from a LookupReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.LookupReq
         * @static
         * @param {hivefs.LookupReq} message LookupReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LookupReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this LookupReq to JSON.
         * @function toJSON
         * @memberof hivefs.LookupReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LookupReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LookupReq;
    })();

    hivefs.LookupResp = (function() {

        /**
         * Properties of a LookupResp.
         * @memberof hivefs
         * @interface ILookupResp
         * @property {hivefs.IAttr|null} [attr] LookupResp attr
         */

        /**
         * Constructs a new LookupResp.
         * @memberof hivefs
         * @classdesc Represents a LookupResp.
         * @implements ILookupResp
         * @constructor
         * @param {hivefs.ILookupResp=} [properties] Properties to set
         */
        function LookupResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LookupResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.LookupResp
         * @instance
         */
        LookupResp.prototype.attr = null;

        /**
         * Creates a new LookupResp instance using the specified properties.
         * @function create
         * @memberof hivefs.LookupResp
         * @static
         * @param {hivefs.ILookupResp=} [properties] Properties to set
         * @returns {hivefs.LookupResp} LookupResp instance
         */
        LookupResp.create = function create(properties) {
            return new LookupResp(properties);
        };

        /**
         * Encodes the specified LookupResp message. Does not implicitly {@link hivefs.LookupResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.LookupResp
         * @static
         * @param {hivefs.ILookupResp} message LookupResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LookupResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a LookupResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.LookupResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.LookupResp} LookupResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LookupResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.LookupResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a LookupResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.LookupResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.LookupResp} LookupResp
         */
        LookupResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.LookupResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.LookupResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.LookupResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.LookupResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a LookupResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.LookupResp
         * @static
         * @param {hivefs.LookupResp} message LookupResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LookupResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.attr = null;
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            return object;
        };

        /**
         * Converts this LookupResp to JSON.
         * @function toJSON
         * @memberof hivefs.LookupResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LookupResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LookupResp;
    })();

    hivefs.GetAttrReq = (function() {

        /**
         * Properties of a GetAttrReq.
         * @memberof hivefs
         * @interface IGetAttrReq
         * @property {hivefs.ICredentials|null} [cred] GetAttrReq cred
         * @property {string|null} [entryId] GetAttrReq entryId
         */

        /**
         * Constructs a new GetAttrReq.
         * @memberof hivefs
         * @classdesc Represents a GetAttrReq.
         * @implements IGetAttrReq
         * @constructor
         * @param {hivefs.IGetAttrReq=} [properties] Properties to set
         */
        function GetAttrReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetAttrReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.GetAttrReq
         * @instance
         */
        GetAttrReq.prototype.cred = null;

        /**
         * GetAttrReq entryId.
         * @member {string} entryId
         * @memberof hivefs.GetAttrReq
         * @instance
         */
        GetAttrReq.prototype.entryId = "";

        /**
         * Creates a new GetAttrReq instance using the specified properties.
         * @function create
         * @memberof hivefs.GetAttrReq
         * @static
         * @param {hivefs.IGetAttrReq=} [properties] Properties to set
         * @returns {hivefs.GetAttrReq} GetAttrReq instance
         */
        GetAttrReq.create = function create(properties) {
            return new GetAttrReq(properties);
        };

        /**
         * Encodes the specified GetAttrReq message. Does not implicitly {@link hivefs.GetAttrReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetAttrReq
         * @static
         * @param {hivefs.IGetAttrReq} message GetAttrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetAttrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            return writer;
        };

        /**
         * Decodes a GetAttrReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetAttrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetAttrReq} GetAttrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetAttrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetAttrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetAttrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetAttrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetAttrReq} GetAttrReq
         */
        GetAttrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetAttrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetAttrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetAttrReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.GetAttrReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            return message;
        };

        /**
         * Creates a plain object from a GetAttrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetAttrReq
         * @static
         * @param {hivefs.GetAttrReq} message GetAttrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetAttrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            return object;
        };

        /**
         * Converts this GetAttrReq to JSON.
         * @function toJSON
         * @memberof hivefs.GetAttrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetAttrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetAttrReq;
    })();

    hivefs.GetAttrResp = (function() {

        /**
         * Properties of a GetAttrResp.
         * @memberof hivefs
         * @interface IGetAttrResp
         * @property {hivefs.IAttr|null} [attr] GetAttrResp attr
         */

        /**
         * Constructs a new GetAttrResp.
         * @memberof hivefs
         * @classdesc Represents a GetAttrResp.
         * @implements IGetAttrResp
         * @constructor
         * @param {hivefs.IGetAttrResp=} [properties] Properties to set
         */
        function GetAttrResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetAttrResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.GetAttrResp
         * @instance
         */
        GetAttrResp.prototype.attr = null;

        /**
         * Creates a new GetAttrResp instance using the specified properties.
         * @function create
         * @memberof hivefs.GetAttrResp
         * @static
         * @param {hivefs.IGetAttrResp=} [properties] Properties to set
         * @returns {hivefs.GetAttrResp} GetAttrResp instance
         */
        GetAttrResp.create = function create(properties) {
            return new GetAttrResp(properties);
        };

        /**
         * Encodes the specified GetAttrResp message. Does not implicitly {@link hivefs.GetAttrResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetAttrResp
         * @static
         * @param {hivefs.IGetAttrResp} message GetAttrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetAttrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a GetAttrResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetAttrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetAttrResp} GetAttrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetAttrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetAttrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetAttrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetAttrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetAttrResp} GetAttrResp
         */
        GetAttrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetAttrResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetAttrResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetAttrResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.GetAttrResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a GetAttrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetAttrResp
         * @static
         * @param {hivefs.GetAttrResp} message GetAttrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetAttrResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.attr = null;
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            return object;
        };

        /**
         * Converts this GetAttrResp to JSON.
         * @function toJSON
         * @memberof hivefs.GetAttrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetAttrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetAttrResp;
    })();

    hivefs.SetAttrReq = (function() {

        /**
         * Properties of a SetAttrReq.
         * @memberof hivefs
         * @interface ISetAttrReq
         * @property {hivefs.ICredentials|null} [cred] SetAttrReq cred
         * @property {string|null} [entryId] SetAttrReq entryId
         * @property {number|null} [valid] SetAttrReq valid
         * @property {number|null} [mode] SetAttrReq mode
         * @property {number|null} [uid] SetAttrReq uid
         * @property {number|null} [gid] SetAttrReq gid
         * @property {number|null} [size] SetAttrReq size
         * @property {hivefs.ITimespec|null} [atime] SetAttrReq atime
         * @property {hivefs.ITimespec|null} [mtime] SetAttrReq mtime
         * @property {number|null} [handleId] SetAttrReq handleId
         */

        /**
         * Constructs a new SetAttrReq.
         * @memberof hivefs
         * @classdesc Represents a SetAttrReq.
         * @implements ISetAttrReq
         * @constructor
         * @param {hivefs.ISetAttrReq=} [properties] Properties to set
         */
        function SetAttrReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetAttrReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.cred = null;

        /**
         * SetAttrReq entryId.
         * @member {string} entryId
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.entryId = "";

        /**
         * SetAttrReq valid.
         * @member {number} valid
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.valid = 0;

        /**
         * SetAttrReq mode.
         * @member {number} mode
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.mode = 0;

        /**
         * SetAttrReq uid.
         * @member {number} uid
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.uid = 0;

        /**
         * SetAttrReq gid.
         * @member {number} gid
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.gid = 0;

        /**
         * SetAttrReq size.
         * @member {number} size
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SetAttrReq atime.
         * @member {hivefs.ITimespec|null|undefined} atime
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.atime = null;

        /**
         * SetAttrReq mtime.
         * @member {hivefs.ITimespec|null|undefined} mtime
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.mtime = null;

        /**
         * SetAttrReq handleId.
         * @member {number} handleId
         * @memberof hivefs.SetAttrReq
         * @instance
         */
        SetAttrReq.prototype.handleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SetAttrReq instance using the specified properties.
         * @function create
         * @memberof hivefs.SetAttrReq
         * @static
         * @param {hivefs.ISetAttrReq=} [properties] Properties to set
         * @returns {hivefs.SetAttrReq} SetAttrReq instance
         */
        SetAttrReq.create = function create(properties) {
            return new SetAttrReq(properties);
        };

        /**
         * Encodes the specified SetAttrReq message. Does not implicitly {@link hivefs.SetAttrReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetAttrReq
         * @static
         * @param {hivefs.ISetAttrReq} message SetAttrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetAttrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.valid != null && Object.hasOwnProperty.call(message, "valid"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.valid);
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mode);
            if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.uid);
            if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.gid);
            if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.size);
            if (message.atime != null && Object.hasOwnProperty.call(message, "atime"))
                $root.hivefs.Timespec.encode(message.atime, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                $root.hivefs.Timespec.encode(message.mtime, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.handleId);
            return writer;
        };

        /**
         * Decodes a SetAttrReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetAttrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetAttrReq} SetAttrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetAttrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetAttrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.valid = reader.uint32();
                        break;
                    }
                case 4: {
                        message.mode = reader.uint32();
                        break;
                    }
                case 5: {
                        message.uid = reader.uint32();
                        break;
                    }
                case 6: {
                        message.gid = reader.uint32();
                        break;
                    }
                case 7: {
                        message.size = reader.uint64();
                        break;
                    }
                case 8: {
                        message.atime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 9: {
                        message.mtime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 10: {
                        message.handleId = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetAttrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetAttrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetAttrReq} SetAttrReq
         */
        SetAttrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetAttrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetAttrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetAttrReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.SetAttrReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.valid != null)
                message.valid = object.valid >>> 0;
            if (object.mode != null)
                message.mode = object.mode >>> 0;
            if (object.uid != null)
                message.uid = object.uid >>> 0;
            if (object.gid != null)
                message.gid = object.gid >>> 0;
            if (object.size != null)
                if ($util.Long)
                    message.size = $util.Long.fromValue(object.size, true);
                else if (typeof object.size === "string")
                    message.size = parseInt(object.size, 10);
                else if (typeof object.size === "number")
                    message.size = object.size;
                else if (typeof object.size === "object")
                    message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber(true);
            if (object.atime != null) {
                if (!$util.isObject(object.atime))
                    throw TypeError(".hivefs.SetAttrReq.atime: object expected");
                message.atime = $root.hivefs.Timespec.fromObject(object.atime, long + 1);
            }
            if (object.mtime != null) {
                if (!$util.isObject(object.mtime))
                    throw TypeError(".hivefs.SetAttrReq.mtime: object expected");
                message.mtime = $root.hivefs.Timespec.fromObject(object.mtime, long + 1);
            }
            if (object.handleId != null)
                if ($util.Long)
                    message.handleId = $util.Long.fromValue(object.handleId, true);
                else if (typeof object.handleId === "string")
                    message.handleId = parseInt(object.handleId, 10);
                else if (typeof object.handleId === "number")
                    message.handleId = object.handleId;
                else if (typeof object.handleId === "object")
                    message.handleId = new $util.LongBits(object.handleId.low >>> 0, object.handleId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a SetAttrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetAttrReq
         * @static
         * @param {hivefs.SetAttrReq} message SetAttrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetAttrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.valid = 0;
                object.mode = 0;
                object.uid = 0;
                object.gid = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.size = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.size = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.atime = null;
                object.mtime = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.handleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.handleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.valid != null && Object.hasOwnProperty.call(message, "valid"))
                object.valid = message.valid;
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.uid != null && Object.hasOwnProperty.call(message, "uid"))
                object.uid = message.uid;
            if (message.gid != null && Object.hasOwnProperty.call(message, "gid"))
                object.gid = message.gid;
            if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.size = typeof message.size === "number" ? BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, true).toBigInt();
                else if (typeof message.size === "number")
                    object.size = options.longs === String ? String(message.size) : message.size;
                else
                    object.size = options.longs === String ? $util.Long.prototype.toString.call(message.size) : options.longs === Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber(true) : message.size;
            if (message.atime != null && Object.hasOwnProperty.call(message, "atime"))
                object.atime = $root.hivefs.Timespec.toObject(message.atime, options, q + 1);
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                object.mtime = $root.hivefs.Timespec.toObject(message.mtime, options, q + 1);
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.handleId = typeof message.handleId === "number" ? BigInt(message.handleId) : $util.Long.fromBits(message.handleId.low >>> 0, message.handleId.high >>> 0, true).toBigInt();
                else if (typeof message.handleId === "number")
                    object.handleId = options.longs === String ? String(message.handleId) : message.handleId;
                else
                    object.handleId = options.longs === String ? $util.Long.prototype.toString.call(message.handleId) : options.longs === Number ? new $util.LongBits(message.handleId.low >>> 0, message.handleId.high >>> 0).toNumber(true) : message.handleId;
            return object;
        };

        /**
         * Converts this SetAttrReq to JSON.
         * @function toJSON
         * @memberof hivefs.SetAttrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetAttrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetAttrReq;
    })();

    hivefs.SetAttrResp = (function() {

        /**
         * Properties of a SetAttrResp.
         * @memberof hivefs
         * @interface ISetAttrResp
         * @property {hivefs.IAttr|null} [attr] SetAttrResp attr
         */

        /**
         * Constructs a new SetAttrResp.
         * @memberof hivefs
         * @classdesc Represents a SetAttrResp.
         * @implements ISetAttrResp
         * @constructor
         * @param {hivefs.ISetAttrResp=} [properties] Properties to set
         */
        function SetAttrResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetAttrResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.SetAttrResp
         * @instance
         */
        SetAttrResp.prototype.attr = null;

        /**
         * Creates a new SetAttrResp instance using the specified properties.
         * @function create
         * @memberof hivefs.SetAttrResp
         * @static
         * @param {hivefs.ISetAttrResp=} [properties] Properties to set
         * @returns {hivefs.SetAttrResp} SetAttrResp instance
         */
        SetAttrResp.create = function create(properties) {
            return new SetAttrResp(properties);
        };

        /**
         * Encodes the specified SetAttrResp message. Does not implicitly {@link hivefs.SetAttrResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetAttrResp
         * @static
         * @param {hivefs.ISetAttrResp} message SetAttrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetAttrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a SetAttrResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetAttrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetAttrResp} SetAttrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetAttrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetAttrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetAttrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetAttrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetAttrResp} SetAttrResp
         */
        SetAttrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetAttrResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetAttrResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetAttrResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.SetAttrResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SetAttrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetAttrResp
         * @static
         * @param {hivefs.SetAttrResp} message SetAttrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetAttrResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.attr = null;
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            return object;
        };

        /**
         * Converts this SetAttrResp to JSON.
         * @function toJSON
         * @memberof hivefs.SetAttrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetAttrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetAttrResp;
    })();

    hivefs.MkdirReq = (function() {

        /**
         * Properties of a MkdirReq.
         * @memberof hivefs
         * @interface IMkdirReq
         * @property {hivefs.ICredentials|null} [cred] MkdirReq cred
         * @property {string|null} [parentId] MkdirReq parentId
         * @property {string|null} [name] MkdirReq name
         * @property {number|null} [mode] MkdirReq mode
         */

        /**
         * Constructs a new MkdirReq.
         * @memberof hivefs
         * @classdesc Represents a MkdirReq.
         * @implements IMkdirReq
         * @constructor
         * @param {hivefs.IMkdirReq=} [properties] Properties to set
         */
        function MkdirReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MkdirReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.MkdirReq
         * @instance
         */
        MkdirReq.prototype.cred = null;

        /**
         * MkdirReq parentId.
         * @member {string} parentId
         * @memberof hivefs.MkdirReq
         * @instance
         */
        MkdirReq.prototype.parentId = "";

        /**
         * MkdirReq name.
         * @member {string} name
         * @memberof hivefs.MkdirReq
         * @instance
         */
        MkdirReq.prototype.name = "";

        /**
         * MkdirReq mode.
         * @member {number} mode
         * @memberof hivefs.MkdirReq
         * @instance
         */
        MkdirReq.prototype.mode = 0;

        /**
         * Creates a new MkdirReq instance using the specified properties.
         * @function create
         * @memberof hivefs.MkdirReq
         * @static
         * @param {hivefs.IMkdirReq=} [properties] Properties to set
         * @returns {hivefs.MkdirReq} MkdirReq instance
         */
        MkdirReq.create = function create(properties) {
            return new MkdirReq(properties);
        };

        /**
         * Encodes the specified MkdirReq message. Does not implicitly {@link hivefs.MkdirReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.MkdirReq
         * @static
         * @param {hivefs.IMkdirReq} message MkdirReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MkdirReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mode);
            return writer;
        };

        /**
         * Decodes a MkdirReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.MkdirReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.MkdirReq} MkdirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MkdirReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.MkdirReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                case 4: {
                        message.mode = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a MkdirReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.MkdirReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.MkdirReq} MkdirReq
         */
        MkdirReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.MkdirReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.MkdirReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.MkdirReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.MkdirReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            if (object.mode != null)
                message.mode = object.mode >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a MkdirReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.MkdirReq
         * @static
         * @param {hivefs.MkdirReq} message MkdirReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MkdirReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
                object.mode = 0;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            return object;
        };

        /**
         * Converts this MkdirReq to JSON.
         * @function toJSON
         * @memberof hivefs.MkdirReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MkdirReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MkdirReq;
    })();

    hivefs.MkdirResp = (function() {

        /**
         * Properties of a MkdirResp.
         * @memberof hivefs
         * @interface IMkdirResp
         * @property {hivefs.IAttr|null} [attr] MkdirResp attr
         * @property {hivefs.IAttr|null} [parent] MkdirResp parent
         */

        /**
         * Constructs a new MkdirResp.
         * @memberof hivefs
         * @classdesc Represents a MkdirResp.
         * @implements IMkdirResp
         * @constructor
         * @param {hivefs.IMkdirResp=} [properties] Properties to set
         */
        function MkdirResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MkdirResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.MkdirResp
         * @instance
         */
        MkdirResp.prototype.attr = null;

        /**
         * MkdirResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.MkdirResp
         * @instance
         */
        MkdirResp.prototype.parent = null;

        /**
         * Creates a new MkdirResp instance using the specified properties.
         * @function create
         * @memberof hivefs.MkdirResp
         * @static
         * @param {hivefs.IMkdirResp=} [properties] Properties to set
         * @returns {hivefs.MkdirResp} MkdirResp instance
         */
        MkdirResp.create = function create(properties) {
            return new MkdirResp(properties);
        };

        /**
         * Encodes the specified MkdirResp message. Does not implicitly {@link hivefs.MkdirResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.MkdirResp
         * @static
         * @param {hivefs.IMkdirResp} message MkdirResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MkdirResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MkdirResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.MkdirResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.MkdirResp} MkdirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MkdirResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.MkdirResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a MkdirResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.MkdirResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.MkdirResp} MkdirResp
         */
        MkdirResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.MkdirResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.MkdirResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.MkdirResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.MkdirResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.MkdirResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a MkdirResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.MkdirResp
         * @static
         * @param {hivefs.MkdirResp} message MkdirResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MkdirResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attr = null;
                object.parent = null;
            }
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this MkdirResp to JSON.
         * @function toJSON
         * @memberof hivefs.MkdirResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MkdirResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MkdirResp;
    })();

    hivefs.RmdirReq = (function() {

        /**
         * Properties of a RmdirReq.
         * @memberof hivefs
         * @interface IRmdirReq
         * @property {hivefs.ICredentials|null} [cred] RmdirReq cred
         * @property {string|null} [parentId] RmdirReq parentId
         * @property {string|null} [name] RmdirReq name
         */

        /**
         * Constructs a new RmdirReq.
         * @memberof hivefs
         * @classdesc Represents a RmdirReq.
         * @implements IRmdirReq
         * @constructor
         * @param {hivefs.IRmdirReq=} [properties] Properties to set
         */
        function RmdirReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RmdirReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.RmdirReq
         * @instance
         */
        RmdirReq.prototype.cred = null;

        /**
         * RmdirReq parentId.
         * @member {string} parentId
         * @memberof hivefs.RmdirReq
         * @instance
         */
        RmdirReq.prototype.parentId = "";

        /**
         * RmdirReq name.
         * @member {string} name
         * @memberof hivefs.RmdirReq
         * @instance
         */
        RmdirReq.prototype.name = "";

        /**
         * Creates a new RmdirReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RmdirReq
         * @static
         * @param {hivefs.IRmdirReq=} [properties] Properties to set
         * @returns {hivefs.RmdirReq} RmdirReq instance
         */
        RmdirReq.create = function create(properties) {
            return new RmdirReq(properties);
        };

        /**
         * Encodes the specified RmdirReq message. Does not implicitly {@link hivefs.RmdirReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RmdirReq
         * @static
         * @param {hivefs.IRmdirReq} message RmdirReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RmdirReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            return writer;
        };

        /**
         * Decodes a RmdirReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RmdirReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RmdirReq} RmdirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RmdirReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RmdirReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RmdirReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RmdirReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RmdirReq} RmdirReq
         */
        RmdirReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RmdirReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RmdirReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RmdirReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.RmdirReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            return message;
        };

        /**
         * Creates a plain object from a RmdirReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RmdirReq
         * @static
         * @param {hivefs.RmdirReq} message RmdirReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RmdirReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this RmdirReq to JSON.
         * @function toJSON
         * @memberof hivefs.RmdirReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RmdirReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RmdirReq;
    })();

    hivefs.RmdirResp = (function() {

        /**
         * Properties of a RmdirResp.
         * @memberof hivefs
         * @interface IRmdirResp
         * @property {hivefs.IAttr|null} [parent] RmdirResp parent
         */

        /**
         * Constructs a new RmdirResp.
         * @memberof hivefs
         * @classdesc Represents a RmdirResp.
         * @implements IRmdirResp
         * @constructor
         * @param {hivefs.IRmdirResp=} [properties] Properties to set
         */
        function RmdirResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RmdirResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.RmdirResp
         * @instance
         */
        RmdirResp.prototype.parent = null;

        /**
         * Creates a new RmdirResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RmdirResp
         * @static
         * @param {hivefs.IRmdirResp=} [properties] Properties to set
         * @returns {hivefs.RmdirResp} RmdirResp instance
         */
        RmdirResp.create = function create(properties) {
            return new RmdirResp(properties);
        };

        /**
         * Encodes the specified RmdirResp message. Does not implicitly {@link hivefs.RmdirResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RmdirResp
         * @static
         * @param {hivefs.IRmdirResp} message RmdirResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RmdirResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a RmdirResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RmdirResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RmdirResp} RmdirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RmdirResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RmdirResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RmdirResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RmdirResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RmdirResp} RmdirResp
         */
        RmdirResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RmdirResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RmdirResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RmdirResp();
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.RmdirResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a RmdirResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RmdirResp
         * @static
         * @param {hivefs.RmdirResp} message RmdirResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RmdirResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.parent = null;
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this RmdirResp to JSON.
         * @function toJSON
         * @memberof hivefs.RmdirResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RmdirResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RmdirResp;
    })();

    hivefs.CreateReq = (function() {

        /**
         * Properties of a CreateReq.
         * @memberof hivefs
         * @interface ICreateReq
         * @property {hivefs.ICredentials|null} [cred] CreateReq cred
         * @property {string|null} [parentId] CreateReq parentId
         * @property {string|null} [name] CreateReq name
         * @property {number|null} [mode] CreateReq mode
         * @property {number|null} [flags] CreateReq flags
         * @property {number|null} [clientId] CreateReq clientId
         * @property {boolean|null} [open] CreateReq open
         */

        /**
         * Constructs a new CreateReq.
         * @memberof hivefs
         * @classdesc Represents a CreateReq.
         * @implements ICreateReq
         * @constructor
         * @param {hivefs.ICreateReq=} [properties] Properties to set
         */
        function CreateReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CreateReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.cred = null;

        /**
         * CreateReq parentId.
         * @member {string} parentId
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.parentId = "";

        /**
         * CreateReq name.
         * @member {string} name
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.name = "";

        /**
         * CreateReq mode.
         * @member {number} mode
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.mode = 0;

        /**
         * CreateReq flags.
         * @member {number} flags
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.flags = 0;

        /**
         * CreateReq clientId.
         * @member {number} clientId
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.clientId = 0;

        /**
         * CreateReq open.
         * @member {boolean} open
         * @memberof hivefs.CreateReq
         * @instance
         */
        CreateReq.prototype.open = false;

        /**
         * Creates a new CreateReq instance using the specified properties.
         * @function create
         * @memberof hivefs.CreateReq
         * @static
         * @param {hivefs.ICreateReq=} [properties] Properties to set
         * @returns {hivefs.CreateReq} CreateReq instance
         */
        CreateReq.create = function create(properties) {
            return new CreateReq(properties);
        };

        /**
         * Encodes the specified CreateReq message. Does not implicitly {@link hivefs.CreateReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.CreateReq
         * @static
         * @param {hivefs.ICreateReq} message CreateReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.mode);
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.flags);
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.clientId);
            if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.open);
            return writer;
        };

        /**
         * Decodes a CreateReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.CreateReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.CreateReq} CreateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.CreateReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                case 4: {
                        message.mode = reader.uint32();
                        break;
                    }
                case 5: {
                        message.flags = reader.uint32();
                        break;
                    }
                case 6: {
                        message.clientId = reader.uint32();
                        break;
                    }
                case 7: {
                        message.open = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a CreateReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.CreateReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.CreateReq} CreateReq
         */
        CreateReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.CreateReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.CreateReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.CreateReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.CreateReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            if (object.mode != null)
                message.mode = object.mode >>> 0;
            if (object.flags != null)
                message.flags = object.flags >>> 0;
            if (object.clientId != null)
                message.clientId = object.clientId >>> 0;
            if (object.open != null)
                message.open = Boolean(object.open);
            return message;
        };

        /**
         * Creates a plain object from a CreateReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.CreateReq
         * @static
         * @param {hivefs.CreateReq} message CreateReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
                object.mode = 0;
                object.flags = 0;
                object.clientId = 0;
                object.open = false;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                object.flags = message.flags;
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                object.clientId = message.clientId;
            if (message.open != null && Object.hasOwnProperty.call(message, "open"))
                object.open = message.open;
            return object;
        };

        /**
         * Converts this CreateReq to JSON.
         * @function toJSON
         * @memberof hivefs.CreateReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CreateReq;
    })();

    hivefs.CreateResp = (function() {

        /**
         * Properties of a CreateResp.
         * @memberof hivefs
         * @interface ICreateResp
         * @property {hivefs.IAttr|null} [attr] CreateResp attr
         * @property {number|null} [handleId] CreateResp handleId
         * @property {boolean|null} [created] CreateResp created
         * @property {hivefs.IAttr|null} [parent] CreateResp parent
         */

        /**
         * Constructs a new CreateResp.
         * @memberof hivefs
         * @classdesc Represents a CreateResp.
         * @implements ICreateResp
         * @constructor
         * @param {hivefs.ICreateResp=} [properties] Properties to set
         */
        function CreateResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CreateResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.CreateResp
         * @instance
         */
        CreateResp.prototype.attr = null;

        /**
         * CreateResp handleId.
         * @member {number} handleId
         * @memberof hivefs.CreateResp
         * @instance
         */
        CreateResp.prototype.handleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CreateResp created.
         * @member {boolean} created
         * @memberof hivefs.CreateResp
         * @instance
         */
        CreateResp.prototype.created = false;

        /**
         * CreateResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.CreateResp
         * @instance
         */
        CreateResp.prototype.parent = null;

        /**
         * Creates a new CreateResp instance using the specified properties.
         * @function create
         * @memberof hivefs.CreateResp
         * @static
         * @param {hivefs.ICreateResp=} [properties] Properties to set
         * @returns {hivefs.CreateResp} CreateResp instance
         */
        CreateResp.create = function create(properties) {
            return new CreateResp(properties);
        };

        /**
         * Encodes the specified CreateResp message. Does not implicitly {@link hivefs.CreateResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.CreateResp
         * @static
         * @param {hivefs.ICreateResp} message CreateResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.handleId);
            if (message.created != null && Object.hasOwnProperty.call(message, "created"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.created);
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a CreateResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.CreateResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.CreateResp} CreateResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.CreateResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.handleId = reader.uint64();
                        break;
                    }
                case 3: {
                        message.created = reader.bool();
                        break;
                    }
                case 4: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a CreateResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.CreateResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.CreateResp} CreateResp
         */
        CreateResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.CreateResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.CreateResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.CreateResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.CreateResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            if (object.handleId != null)
                if ($util.Long)
                    message.handleId = $util.Long.fromValue(object.handleId, true);
                else if (typeof object.handleId === "string")
                    message.handleId = parseInt(object.handleId, 10);
                else if (typeof object.handleId === "number")
                    message.handleId = object.handleId;
                else if (typeof object.handleId === "object")
                    message.handleId = new $util.LongBits(object.handleId.low >>> 0, object.handleId.high >>> 0).toNumber(true);
            if (object.created != null)
                message.created = Boolean(object.created);
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.CreateResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a CreateResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.CreateResp
         * @static
         * @param {hivefs.CreateResp} message CreateResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attr = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.handleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.handleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.created = false;
                object.parent = null;
            }
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.handleId = typeof message.handleId === "number" ? BigInt(message.handleId) : $util.Long.fromBits(message.handleId.low >>> 0, message.handleId.high >>> 0, true).toBigInt();
                else if (typeof message.handleId === "number")
                    object.handleId = options.longs === String ? String(message.handleId) : message.handleId;
                else
                    object.handleId = options.longs === String ? $util.Long.prototype.toString.call(message.handleId) : options.longs === Number ? new $util.LongBits(message.handleId.low >>> 0, message.handleId.high >>> 0).toNumber(true) : message.handleId;
            if (message.created != null && Object.hasOwnProperty.call(message, "created"))
                object.created = message.created;
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this CreateResp to JSON.
         * @function toJSON
         * @memberof hivefs.CreateResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CreateResp;
    })();

    hivefs.MknodReq = (function() {

        /**
         * Properties of a MknodReq.
         * @memberof hivefs
         * @interface IMknodReq
         * @property {hivefs.ICredentials|null} [cred] MknodReq cred
         * @property {string|null} [parentId] MknodReq parentId
         * @property {string|null} [name] MknodReq name
         * @property {hivefs.EntryType|null} [type] MknodReq type
         * @property {number|null} [mode] MknodReq mode
         * @property {number|null} [rdev] MknodReq rdev
         */

        /**
         * Constructs a new MknodReq.
         * @memberof hivefs
         * @classdesc Represents a MknodReq.
         * @implements IMknodReq
         * @constructor
         * @param {hivefs.IMknodReq=} [properties] Properties to set
         */
        function MknodReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MknodReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.MknodReq
         * @instance
         */
        MknodReq.prototype.cred = null;

        /**
         * MknodReq parentId.
         * @member {string} parentId
         * @memberof hivefs.MknodReq
         * @instance
         */
        MknodReq.prototype.parentId = "";

        /**
         * MknodReq name.
         * @member {string} name
         * @memberof hivefs.MknodReq
         * @instance
         */
        MknodReq.prototype.name = "";

        /**
         * MknodReq type.
         * @member {hivefs.EntryType} type
         * @memberof hivefs.MknodReq
         * @instance
         */
        MknodReq.prototype.type = 0;

        /**
         * MknodReq mode.
         * @member {number} mode
         * @memberof hivefs.MknodReq
         * @instance
         */
        MknodReq.prototype.mode = 0;

        /**
         * MknodReq rdev.
         * @member {number} rdev
         * @memberof hivefs.MknodReq
         * @instance
         */
        MknodReq.prototype.rdev = 0;

        /**
         * Creates a new MknodReq instance using the specified properties.
         * @function create
         * @memberof hivefs.MknodReq
         * @static
         * @param {hivefs.IMknodReq=} [properties] Properties to set
         * @returns {hivefs.MknodReq} MknodReq instance
         */
        MknodReq.create = function create(properties) {
            return new MknodReq(properties);
        };

        /**
         * Encodes the specified MknodReq message. Does not implicitly {@link hivefs.MknodReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.MknodReq
         * @static
         * @param {hivefs.IMknodReq} message MknodReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MknodReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.type);
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.mode);
            if (message.rdev != null && Object.hasOwnProperty.call(message, "rdev"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.rdev);
            return writer;
        };

        /**
         * Decodes a MknodReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.MknodReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.MknodReq} MknodReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MknodReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.MknodReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                case 4: {
                        message.type = reader.int32();
                        break;
                    }
                case 5: {
                        message.mode = reader.uint32();
                        break;
                    }
                case 6: {
                        message.rdev = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a MknodReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.MknodReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.MknodReq} MknodReq
         */
        MknodReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.MknodReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.MknodReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.MknodReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.MknodReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "ENTRY_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "DIRECTORY":
            case 1:
                message.type = 1;
                break;
            case "REGULAR":
            case 2:
                message.type = 2;
                break;
            case "SYMLINK":
            case 3:
                message.type = 3;
                break;
            case "FIFO":
            case 4:
                message.type = 4;
                break;
            case "CHARDEV":
            case 5:
                message.type = 5;
                break;
            case "BLOCKDEV":
            case 6:
                message.type = 6;
                break;
            case "SOCKET":
            case 7:
                message.type = 7;
                break;
            }
            if (object.mode != null)
                message.mode = object.mode >>> 0;
            if (object.rdev != null)
                message.rdev = object.rdev >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a MknodReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.MknodReq
         * @static
         * @param {hivefs.MknodReq} message MknodReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MknodReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
                object.type = options.enums === String ? "ENTRY_TYPE_UNSPECIFIED" : 0;
                object.mode = 0;
                object.rdev = 0;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.EntryType[message.type] === undefined ? message.type : $root.hivefs.EntryType[message.type] : message.type;
            if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                object.mode = message.mode;
            if (message.rdev != null && Object.hasOwnProperty.call(message, "rdev"))
                object.rdev = message.rdev;
            return object;
        };

        /**
         * Converts this MknodReq to JSON.
         * @function toJSON
         * @memberof hivefs.MknodReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MknodReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MknodReq;
    })();

    hivefs.MknodResp = (function() {

        /**
         * Properties of a MknodResp.
         * @memberof hivefs
         * @interface IMknodResp
         * @property {hivefs.IAttr|null} [attr] MknodResp attr
         * @property {hivefs.IAttr|null} [parent] MknodResp parent
         */

        /**
         * Constructs a new MknodResp.
         * @memberof hivefs
         * @classdesc Represents a MknodResp.
         * @implements IMknodResp
         * @constructor
         * @param {hivefs.IMknodResp=} [properties] Properties to set
         */
        function MknodResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MknodResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.MknodResp
         * @instance
         */
        MknodResp.prototype.attr = null;

        /**
         * MknodResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.MknodResp
         * @instance
         */
        MknodResp.prototype.parent = null;

        /**
         * Creates a new MknodResp instance using the specified properties.
         * @function create
         * @memberof hivefs.MknodResp
         * @static
         * @param {hivefs.IMknodResp=} [properties] Properties to set
         * @returns {hivefs.MknodResp} MknodResp instance
         */
        MknodResp.create = function create(properties) {
            return new MknodResp(properties);
        };

        /**
         * Encodes the specified MknodResp message. Does not implicitly {@link hivefs.MknodResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.MknodResp
         * @static
         * @param {hivefs.IMknodResp} message MknodResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MknodResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MknodResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.MknodResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.MknodResp} MknodResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MknodResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.MknodResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a MknodResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.MknodResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.MknodResp} MknodResp
         */
        MknodResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.MknodResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.MknodResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.MknodResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.MknodResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.MknodResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a MknodResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.MknodResp
         * @static
         * @param {hivefs.MknodResp} message MknodResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MknodResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attr = null;
                object.parent = null;
            }
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this MknodResp to JSON.
         * @function toJSON
         * @memberof hivefs.MknodResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MknodResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MknodResp;
    })();

    hivefs.OpenReq = (function() {

        /**
         * Properties of an OpenReq.
         * @memberof hivefs
         * @interface IOpenReq
         * @property {hivefs.ICredentials|null} [cred] OpenReq cred
         * @property {string|null} [entryId] OpenReq entryId
         * @property {number|null} [flags] OpenReq flags
         * @property {number|null} [clientId] OpenReq clientId
         */

        /**
         * Constructs a new OpenReq.
         * @memberof hivefs
         * @classdesc Represents an OpenReq.
         * @implements IOpenReq
         * @constructor
         * @param {hivefs.IOpenReq=} [properties] Properties to set
         */
        function OpenReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * OpenReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.OpenReq
         * @instance
         */
        OpenReq.prototype.cred = null;

        /**
         * OpenReq entryId.
         * @member {string} entryId
         * @memberof hivefs.OpenReq
         * @instance
         */
        OpenReq.prototype.entryId = "";

        /**
         * OpenReq flags.
         * @member {number} flags
         * @memberof hivefs.OpenReq
         * @instance
         */
        OpenReq.prototype.flags = 0;

        /**
         * OpenReq clientId.
         * @member {number} clientId
         * @memberof hivefs.OpenReq
         * @instance
         */
        OpenReq.prototype.clientId = 0;

        /**
         * Creates a new OpenReq instance using the specified properties.
         * @function create
         * @memberof hivefs.OpenReq
         * @static
         * @param {hivefs.IOpenReq=} [properties] Properties to set
         * @returns {hivefs.OpenReq} OpenReq instance
         */
        OpenReq.create = function create(properties) {
            return new OpenReq(properties);
        };

        /**
         * Encodes the specified OpenReq message. Does not implicitly {@link hivefs.OpenReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.OpenReq
         * @static
         * @param {hivefs.IOpenReq} message OpenReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.flags);
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.clientId);
            return writer;
        };

        /**
         * Decodes an OpenReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.OpenReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.OpenReq} OpenReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.OpenReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.flags = reader.uint32();
                        break;
                    }
                case 4: {
                        message.clientId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an OpenReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.OpenReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.OpenReq} OpenReq
         */
        OpenReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.OpenReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.OpenReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.OpenReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.OpenReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.flags != null)
                message.flags = object.flags >>> 0;
            if (object.clientId != null)
                message.clientId = object.clientId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an OpenReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.OpenReq
         * @static
         * @param {hivefs.OpenReq} message OpenReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OpenReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.flags = 0;
                object.clientId = 0;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                object.flags = message.flags;
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                object.clientId = message.clientId;
            return object;
        };

        /**
         * Converts this OpenReq to JSON.
         * @function toJSON
         * @memberof hivefs.OpenReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OpenReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return OpenReq;
    })();

    hivefs.OpenResp = (function() {

        /**
         * Properties of an OpenResp.
         * @memberof hivefs
         * @interface IOpenResp
         * @property {hivefs.IAttr|null} [attr] OpenResp attr
         * @property {number|null} [handleId] OpenResp handleId
         */

        /**
         * Constructs a new OpenResp.
         * @memberof hivefs
         * @classdesc Represents an OpenResp.
         * @implements IOpenResp
         * @constructor
         * @param {hivefs.IOpenResp=} [properties] Properties to set
         */
        function OpenResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * OpenResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.OpenResp
         * @instance
         */
        OpenResp.prototype.attr = null;

        /**
         * OpenResp handleId.
         * @member {number} handleId
         * @memberof hivefs.OpenResp
         * @instance
         */
        OpenResp.prototype.handleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new OpenResp instance using the specified properties.
         * @function create
         * @memberof hivefs.OpenResp
         * @static
         * @param {hivefs.IOpenResp=} [properties] Properties to set
         * @returns {hivefs.OpenResp} OpenResp instance
         */
        OpenResp.create = function create(properties) {
            return new OpenResp(properties);
        };

        /**
         * Encodes the specified OpenResp message. Does not implicitly {@link hivefs.OpenResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.OpenResp
         * @static
         * @param {hivefs.IOpenResp} message OpenResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OpenResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.handleId);
            return writer;
        };

        /**
         * Decodes an OpenResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.OpenResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.OpenResp} OpenResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OpenResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.OpenResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.handleId = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an OpenResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.OpenResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.OpenResp} OpenResp
         */
        OpenResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.OpenResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.OpenResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.OpenResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.OpenResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            if (object.handleId != null)
                if ($util.Long)
                    message.handleId = $util.Long.fromValue(object.handleId, true);
                else if (typeof object.handleId === "string")
                    message.handleId = parseInt(object.handleId, 10);
                else if (typeof object.handleId === "number")
                    message.handleId = object.handleId;
                else if (typeof object.handleId === "object")
                    message.handleId = new $util.LongBits(object.handleId.low >>> 0, object.handleId.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from an OpenResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.OpenResp
         * @static
         * @param {hivefs.OpenResp} message OpenResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OpenResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attr = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.handleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.handleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.handleId = typeof message.handleId === "number" ? BigInt(message.handleId) : $util.Long.fromBits(message.handleId.low >>> 0, message.handleId.high >>> 0, true).toBigInt();
                else if (typeof message.handleId === "number")
                    object.handleId = options.longs === String ? String(message.handleId) : message.handleId;
                else
                    object.handleId = options.longs === String ? $util.Long.prototype.toString.call(message.handleId) : options.longs === Number ? new $util.LongBits(message.handleId.low >>> 0, message.handleId.high >>> 0).toNumber(true) : message.handleId;
            return object;
        };

        /**
         * Converts this OpenResp to JSON.
         * @function toJSON
         * @memberof hivefs.OpenResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OpenResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return OpenResp;
    })();

    hivefs.ChunkBlocks = (function() {

        /**
         * Properties of a ChunkBlocks.
         * @memberof hivefs
         * @interface IChunkBlocks
         * @property {number|null} [index] ChunkBlocks index
         * @property {number|null} [blocks] ChunkBlocks blocks
         */

        /**
         * Constructs a new ChunkBlocks.
         * @memberof hivefs
         * @classdesc Represents a ChunkBlocks.
         * @implements IChunkBlocks
         * @constructor
         * @param {hivefs.IChunkBlocks=} [properties] Properties to set
         */
        function ChunkBlocks(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ChunkBlocks index.
         * @member {number} index
         * @memberof hivefs.ChunkBlocks
         * @instance
         */
        ChunkBlocks.prototype.index = 0;

        /**
         * ChunkBlocks blocks.
         * @member {number} blocks
         * @memberof hivefs.ChunkBlocks
         * @instance
         */
        ChunkBlocks.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ChunkBlocks instance using the specified properties.
         * @function create
         * @memberof hivefs.ChunkBlocks
         * @static
         * @param {hivefs.IChunkBlocks=} [properties] Properties to set
         * @returns {hivefs.ChunkBlocks} ChunkBlocks instance
         */
        ChunkBlocks.create = function create(properties) {
            return new ChunkBlocks(properties);
        };

        /**
         * Encodes the specified ChunkBlocks message. Does not implicitly {@link hivefs.ChunkBlocks.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ChunkBlocks
         * @static
         * @param {hivefs.IChunkBlocks} message ChunkBlocks message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChunkBlocks.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.blocks);
            return writer;
        };

        /**
         * Decodes a ChunkBlocks message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ChunkBlocks
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ChunkBlocks} ChunkBlocks
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChunkBlocks.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ChunkBlocks();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.index = reader.uint32();
                        break;
                    }
                case 2: {
                        message.blocks = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ChunkBlocks message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ChunkBlocks
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ChunkBlocks} ChunkBlocks
         */
        ChunkBlocks.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ChunkBlocks)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ChunkBlocks: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ChunkBlocks();
            if (object.index != null)
                message.index = object.index >>> 0;
            if (object.blocks != null)
                if ($util.Long)
                    message.blocks = $util.Long.fromValue(object.blocks, true);
                else if (typeof object.blocks === "string")
                    message.blocks = parseInt(object.blocks, 10);
                else if (typeof object.blocks === "number")
                    message.blocks = object.blocks;
                else if (typeof object.blocks === "object")
                    message.blocks = new $util.LongBits(object.blocks.low >>> 0, object.blocks.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a ChunkBlocks message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ChunkBlocks
         * @static
         * @param {hivefs.ChunkBlocks} message ChunkBlocks
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ChunkBlocks.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.index = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.blocks = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.blocks = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                object.index = message.index;
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.blocks = typeof message.blocks === "number" ? BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
                else if (typeof message.blocks === "number")
                    object.blocks = options.longs === String ? String(message.blocks) : message.blocks;
                else
                    object.blocks = options.longs === String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
            return object;
        };

        /**
         * Converts this ChunkBlocks to JSON.
         * @function toJSON
         * @memberof hivefs.ChunkBlocks
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ChunkBlocks.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ChunkBlocks;
    })();

    hivefs.CloseReq = (function() {

        /**
         * Properties of a CloseReq.
         * @memberof hivefs
         * @interface ICloseReq
         * @property {string|null} [entryId] CloseReq entryId
         * @property {number|null} [handleId] CloseReq handleId
         * @property {number|null} [clientId] CloseReq clientId
         * @property {number|null} [sizeHint] CloseReq sizeHint
         * @property {hivefs.ITimespec|null} [mtime] CloseReq mtime
         * @property {Array.<hivefs.IChunkBlocks>|null} [chunkBlocks] CloseReq chunkBlocks
         */

        /**
         * Constructs a new CloseReq.
         * @memberof hivefs
         * @classdesc Represents a CloseReq.
         * @implements ICloseReq
         * @constructor
         * @param {hivefs.ICloseReq=} [properties] Properties to set
         */
        function CloseReq(properties) {
            this.chunkBlocks = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CloseReq entryId.
         * @member {string} entryId
         * @memberof hivefs.CloseReq
         * @instance
         */
        CloseReq.prototype.entryId = "";

        /**
         * CloseReq handleId.
         * @member {number} handleId
         * @memberof hivefs.CloseReq
         * @instance
         */
        CloseReq.prototype.handleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CloseReq clientId.
         * @member {number} clientId
         * @memberof hivefs.CloseReq
         * @instance
         */
        CloseReq.prototype.clientId = 0;

        /**
         * CloseReq sizeHint.
         * @member {number} sizeHint
         * @memberof hivefs.CloseReq
         * @instance
         */
        CloseReq.prototype.sizeHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CloseReq mtime.
         * @member {hivefs.ITimespec|null|undefined} mtime
         * @memberof hivefs.CloseReq
         * @instance
         */
        CloseReq.prototype.mtime = null;

        /**
         * CloseReq chunkBlocks.
         * @member {Array.<hivefs.IChunkBlocks>} chunkBlocks
         * @memberof hivefs.CloseReq
         * @instance
         */
        CloseReq.prototype.chunkBlocks = $util.emptyArray;

        /**
         * Creates a new CloseReq instance using the specified properties.
         * @function create
         * @memberof hivefs.CloseReq
         * @static
         * @param {hivefs.ICloseReq=} [properties] Properties to set
         * @returns {hivefs.CloseReq} CloseReq instance
         */
        CloseReq.create = function create(properties) {
            return new CloseReq(properties);
        };

        /**
         * Encodes the specified CloseReq message. Does not implicitly {@link hivefs.CloseReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.CloseReq
         * @static
         * @param {hivefs.ICloseReq} message CloseReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.handleId);
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.clientId);
            if (message.sizeHint != null && Object.hasOwnProperty.call(message, "sizeHint"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sizeHint);
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                $root.hivefs.Timespec.encode(message.mtime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.chunkBlocks != null && message.chunkBlocks.length)
                for (let i = 0; i < message.chunkBlocks.length; ++i)
                    $root.hivefs.ChunkBlocks.encode(message.chunkBlocks[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a CloseReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.CloseReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.CloseReq} CloseReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.CloseReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.handleId = reader.uint64();
                        break;
                    }
                case 3: {
                        message.clientId = reader.uint32();
                        break;
                    }
                case 4: {
                        message.sizeHint = reader.uint64();
                        break;
                    }
                case 5: {
                        message.mtime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 6: {
                        if (!(message.chunkBlocks && message.chunkBlocks.length))
                            message.chunkBlocks = [];
                        message.chunkBlocks.push($root.hivefs.ChunkBlocks.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a CloseReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.CloseReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.CloseReq} CloseReq
         */
        CloseReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.CloseReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.CloseReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.CloseReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.handleId != null)
                if ($util.Long)
                    message.handleId = $util.Long.fromValue(object.handleId, true);
                else if (typeof object.handleId === "string")
                    message.handleId = parseInt(object.handleId, 10);
                else if (typeof object.handleId === "number")
                    message.handleId = object.handleId;
                else if (typeof object.handleId === "object")
                    message.handleId = new $util.LongBits(object.handleId.low >>> 0, object.handleId.high >>> 0).toNumber(true);
            if (object.clientId != null)
                message.clientId = object.clientId >>> 0;
            if (object.sizeHint != null)
                if ($util.Long)
                    message.sizeHint = $util.Long.fromValue(object.sizeHint, true);
                else if (typeof object.sizeHint === "string")
                    message.sizeHint = parseInt(object.sizeHint, 10);
                else if (typeof object.sizeHint === "number")
                    message.sizeHint = object.sizeHint;
                else if (typeof object.sizeHint === "object")
                    message.sizeHint = new $util.LongBits(object.sizeHint.low >>> 0, object.sizeHint.high >>> 0).toNumber(true);
            if (object.mtime != null) {
                if (!$util.isObject(object.mtime))
                    throw TypeError(".hivefs.CloseReq.mtime: object expected");
                message.mtime = $root.hivefs.Timespec.fromObject(object.mtime, long + 1);
            }
            if (object.chunkBlocks) {
                if (!Array.isArray(object.chunkBlocks))
                    throw TypeError(".hivefs.CloseReq.chunkBlocks: array expected");
                message.chunkBlocks = [];
                for (let i = 0; i < object.chunkBlocks.length; ++i) {
                    if (!$util.isObject(object.chunkBlocks[i]))
                        throw TypeError(".hivefs.CloseReq.chunkBlocks: object expected");
                    message.chunkBlocks[i] = $root.hivefs.ChunkBlocks.fromObject(object.chunkBlocks[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a CloseReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.CloseReq
         * @static
         * @param {hivefs.CloseReq} message CloseReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CloseReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunkBlocks = [];
            if (options.defaults) {
                object.entryId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.handleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.handleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.clientId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.sizeHint = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.sizeHint = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.mtime = null;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.handleId = typeof message.handleId === "number" ? BigInt(message.handleId) : $util.Long.fromBits(message.handleId.low >>> 0, message.handleId.high >>> 0, true).toBigInt();
                else if (typeof message.handleId === "number")
                    object.handleId = options.longs === String ? String(message.handleId) : message.handleId;
                else
                    object.handleId = options.longs === String ? $util.Long.prototype.toString.call(message.handleId) : options.longs === Number ? new $util.LongBits(message.handleId.low >>> 0, message.handleId.high >>> 0).toNumber(true) : message.handleId;
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                object.clientId = message.clientId;
            if (message.sizeHint != null && Object.hasOwnProperty.call(message, "sizeHint"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.sizeHint = typeof message.sizeHint === "number" ? BigInt(message.sizeHint) : $util.Long.fromBits(message.sizeHint.low >>> 0, message.sizeHint.high >>> 0, true).toBigInt();
                else if (typeof message.sizeHint === "number")
                    object.sizeHint = options.longs === String ? String(message.sizeHint) : message.sizeHint;
                else
                    object.sizeHint = options.longs === String ? $util.Long.prototype.toString.call(message.sizeHint) : options.longs === Number ? new $util.LongBits(message.sizeHint.low >>> 0, message.sizeHint.high >>> 0).toNumber(true) : message.sizeHint;
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                object.mtime = $root.hivefs.Timespec.toObject(message.mtime, options, q + 1);
            if (message.chunkBlocks && message.chunkBlocks.length) {
                object.chunkBlocks = [];
                for (let j = 0; j < message.chunkBlocks.length; ++j)
                    object.chunkBlocks[j] = $root.hivefs.ChunkBlocks.toObject(message.chunkBlocks[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this CloseReq to JSON.
         * @function toJSON
         * @memberof hivefs.CloseReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CloseReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CloseReq;
    })();

    hivefs.CloseResp = (function() {

        /**
         * Properties of a CloseResp.
         * @memberof hivefs
         * @interface ICloseResp
         */

        /**
         * Constructs a new CloseResp.
         * @memberof hivefs
         * @classdesc Represents a CloseResp.
         * @implements ICloseResp
         * @constructor
         * @param {hivefs.ICloseResp=} [properties] Properties to set
         */
        function CloseResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new CloseResp instance using the specified properties.
         * @function create
         * @memberof hivefs.CloseResp
         * @static
         * @param {hivefs.ICloseResp=} [properties] Properties to set
         * @returns {hivefs.CloseResp} CloseResp instance
         */
        CloseResp.create = function create(properties) {
            return new CloseResp(properties);
        };

        /**
         * Encodes the specified CloseResp message. Does not implicitly {@link hivefs.CloseResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.CloseResp
         * @static
         * @param {hivefs.ICloseResp} message CloseResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CloseResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a CloseResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.CloseResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.CloseResp} CloseResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CloseResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.CloseResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a CloseResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.CloseResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.CloseResp} CloseResp
         */
        CloseResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.CloseResp)
                return object;
            return new $root.hivefs.CloseResp();
        };

        /**
         * Creates a plain object from a CloseResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.CloseResp
         * @static
         * @param {hivefs.CloseResp} message CloseResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CloseResp.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this CloseResp to JSON.
         * @function toJSON
         * @memberof hivefs.CloseResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CloseResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return CloseResp;
    })();

    hivefs.ReportWriteReq = (function() {

        /**
         * Properties of a ReportWriteReq.
         * @memberof hivefs
         * @interface IReportWriteReq
         * @property {string|null} [entryId] ReportWriteReq entryId
         * @property {number|null} [handleId] ReportWriteReq handleId
         * @property {number|null} [clientId] ReportWriteReq clientId
         * @property {number|null} [sizeHint] ReportWriteReq sizeHint
         * @property {hivefs.ITimespec|null} [mtime] ReportWriteReq mtime
         * @property {Array.<hivefs.IChunkBlocks>|null} [chunkBlocks] ReportWriteReq chunkBlocks
         */

        /**
         * Constructs a new ReportWriteReq.
         * @memberof hivefs
         * @classdesc Represents a ReportWriteReq.
         * @implements IReportWriteReq
         * @constructor
         * @param {hivefs.IReportWriteReq=} [properties] Properties to set
         */
        function ReportWriteReq(properties) {
            this.chunkBlocks = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReportWriteReq entryId.
         * @member {string} entryId
         * @memberof hivefs.ReportWriteReq
         * @instance
         */
        ReportWriteReq.prototype.entryId = "";

        /**
         * ReportWriteReq handleId.
         * @member {number} handleId
         * @memberof hivefs.ReportWriteReq
         * @instance
         */
        ReportWriteReq.prototype.handleId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ReportWriteReq clientId.
         * @member {number} clientId
         * @memberof hivefs.ReportWriteReq
         * @instance
         */
        ReportWriteReq.prototype.clientId = 0;

        /**
         * ReportWriteReq sizeHint.
         * @member {number} sizeHint
         * @memberof hivefs.ReportWriteReq
         * @instance
         */
        ReportWriteReq.prototype.sizeHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ReportWriteReq mtime.
         * @member {hivefs.ITimespec|null|undefined} mtime
         * @memberof hivefs.ReportWriteReq
         * @instance
         */
        ReportWriteReq.prototype.mtime = null;

        /**
         * ReportWriteReq chunkBlocks.
         * @member {Array.<hivefs.IChunkBlocks>} chunkBlocks
         * @memberof hivefs.ReportWriteReq
         * @instance
         */
        ReportWriteReq.prototype.chunkBlocks = $util.emptyArray;

        /**
         * Creates a new ReportWriteReq instance using the specified properties.
         * @function create
         * @memberof hivefs.ReportWriteReq
         * @static
         * @param {hivefs.IReportWriteReq=} [properties] Properties to set
         * @returns {hivefs.ReportWriteReq} ReportWriteReq instance
         */
        ReportWriteReq.create = function create(properties) {
            return new ReportWriteReq(properties);
        };

        /**
         * Encodes the specified ReportWriteReq message. Does not implicitly {@link hivefs.ReportWriteReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReportWriteReq
         * @static
         * @param {hivefs.IReportWriteReq} message ReportWriteReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReportWriteReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.handleId);
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.clientId);
            if (message.sizeHint != null && Object.hasOwnProperty.call(message, "sizeHint"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sizeHint);
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                $root.hivefs.Timespec.encode(message.mtime, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.chunkBlocks != null && message.chunkBlocks.length)
                for (let i = 0; i < message.chunkBlocks.length; ++i)
                    $root.hivefs.ChunkBlocks.encode(message.chunkBlocks[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a ReportWriteReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReportWriteReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReportWriteReq} ReportWriteReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReportWriteReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReportWriteReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.handleId = reader.uint64();
                        break;
                    }
                case 3: {
                        message.clientId = reader.uint32();
                        break;
                    }
                case 4: {
                        message.sizeHint = reader.uint64();
                        break;
                    }
                case 5: {
                        message.mtime = $root.hivefs.Timespec.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 6: {
                        if (!(message.chunkBlocks && message.chunkBlocks.length))
                            message.chunkBlocks = [];
                        message.chunkBlocks.push($root.hivefs.ChunkBlocks.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReportWriteReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReportWriteReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReportWriteReq} ReportWriteReq
         */
        ReportWriteReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReportWriteReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReportWriteReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReportWriteReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.handleId != null)
                if ($util.Long)
                    message.handleId = $util.Long.fromValue(object.handleId, true);
                else if (typeof object.handleId === "string")
                    message.handleId = parseInt(object.handleId, 10);
                else if (typeof object.handleId === "number")
                    message.handleId = object.handleId;
                else if (typeof object.handleId === "object")
                    message.handleId = new $util.LongBits(object.handleId.low >>> 0, object.handleId.high >>> 0).toNumber(true);
            if (object.clientId != null)
                message.clientId = object.clientId >>> 0;
            if (object.sizeHint != null)
                if ($util.Long)
                    message.sizeHint = $util.Long.fromValue(object.sizeHint, true);
                else if (typeof object.sizeHint === "string")
                    message.sizeHint = parseInt(object.sizeHint, 10);
                else if (typeof object.sizeHint === "number")
                    message.sizeHint = object.sizeHint;
                else if (typeof object.sizeHint === "object")
                    message.sizeHint = new $util.LongBits(object.sizeHint.low >>> 0, object.sizeHint.high >>> 0).toNumber(true);
            if (object.mtime != null) {
                if (!$util.isObject(object.mtime))
                    throw TypeError(".hivefs.ReportWriteReq.mtime: object expected");
                message.mtime = $root.hivefs.Timespec.fromObject(object.mtime, long + 1);
            }
            if (object.chunkBlocks) {
                if (!Array.isArray(object.chunkBlocks))
                    throw TypeError(".hivefs.ReportWriteReq.chunkBlocks: array expected");
                message.chunkBlocks = [];
                for (let i = 0; i < object.chunkBlocks.length; ++i) {
                    if (!$util.isObject(object.chunkBlocks[i]))
                        throw TypeError(".hivefs.ReportWriteReq.chunkBlocks: object expected");
                    message.chunkBlocks[i] = $root.hivefs.ChunkBlocks.fromObject(object.chunkBlocks[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a ReportWriteReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReportWriteReq
         * @static
         * @param {hivefs.ReportWriteReq} message ReportWriteReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReportWriteReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunkBlocks = [];
            if (options.defaults) {
                object.entryId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.handleId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.handleId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.clientId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.sizeHint = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.sizeHint = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.mtime = null;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.handleId != null && Object.hasOwnProperty.call(message, "handleId"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.handleId = typeof message.handleId === "number" ? BigInt(message.handleId) : $util.Long.fromBits(message.handleId.low >>> 0, message.handleId.high >>> 0, true).toBigInt();
                else if (typeof message.handleId === "number")
                    object.handleId = options.longs === String ? String(message.handleId) : message.handleId;
                else
                    object.handleId = options.longs === String ? $util.Long.prototype.toString.call(message.handleId) : options.longs === Number ? new $util.LongBits(message.handleId.low >>> 0, message.handleId.high >>> 0).toNumber(true) : message.handleId;
            if (message.clientId != null && Object.hasOwnProperty.call(message, "clientId"))
                object.clientId = message.clientId;
            if (message.sizeHint != null && Object.hasOwnProperty.call(message, "sizeHint"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.sizeHint = typeof message.sizeHint === "number" ? BigInt(message.sizeHint) : $util.Long.fromBits(message.sizeHint.low >>> 0, message.sizeHint.high >>> 0, true).toBigInt();
                else if (typeof message.sizeHint === "number")
                    object.sizeHint = options.longs === String ? String(message.sizeHint) : message.sizeHint;
                else
                    object.sizeHint = options.longs === String ? $util.Long.prototype.toString.call(message.sizeHint) : options.longs === Number ? new $util.LongBits(message.sizeHint.low >>> 0, message.sizeHint.high >>> 0).toNumber(true) : message.sizeHint;
            if (message.mtime != null && Object.hasOwnProperty.call(message, "mtime"))
                object.mtime = $root.hivefs.Timespec.toObject(message.mtime, options, q + 1);
            if (message.chunkBlocks && message.chunkBlocks.length) {
                object.chunkBlocks = [];
                for (let j = 0; j < message.chunkBlocks.length; ++j)
                    object.chunkBlocks[j] = $root.hivefs.ChunkBlocks.toObject(message.chunkBlocks[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this ReportWriteReq to JSON.
         * @function toJSON
         * @memberof hivefs.ReportWriteReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReportWriteReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReportWriteReq;
    })();

    hivefs.ReportWriteResp = (function() {

        /**
         * Properties of a ReportWriteResp.
         * @memberof hivefs
         * @interface IReportWriteResp
         * @property {hivefs.IAttr|null} [attr] ReportWriteResp attr
         */

        /**
         * Constructs a new ReportWriteResp.
         * @memberof hivefs
         * @classdesc Represents a ReportWriteResp.
         * @implements IReportWriteResp
         * @constructor
         * @param {hivefs.IReportWriteResp=} [properties] Properties to set
         */
        function ReportWriteResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReportWriteResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.ReportWriteResp
         * @instance
         */
        ReportWriteResp.prototype.attr = null;

        /**
         * Creates a new ReportWriteResp instance using the specified properties.
         * @function create
         * @memberof hivefs.ReportWriteResp
         * @static
         * @param {hivefs.IReportWriteResp=} [properties] Properties to set
         * @returns {hivefs.ReportWriteResp} ReportWriteResp instance
         */
        ReportWriteResp.create = function create(properties) {
            return new ReportWriteResp(properties);
        };

        /**
         * Encodes the specified ReportWriteResp message. Does not implicitly {@link hivefs.ReportWriteResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReportWriteResp
         * @static
         * @param {hivefs.IReportWriteResp} message ReportWriteResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReportWriteResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a ReportWriteResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReportWriteResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReportWriteResp} ReportWriteResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReportWriteResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReportWriteResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReportWriteResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReportWriteResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReportWriteResp} ReportWriteResp
         */
        ReportWriteResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReportWriteResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReportWriteResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReportWriteResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.ReportWriteResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ReportWriteResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReportWriteResp
         * @static
         * @param {hivefs.ReportWriteResp} message ReportWriteResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReportWriteResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.attr = null;
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            return object;
        };

        /**
         * Converts this ReportWriteResp to JSON.
         * @function toJSON
         * @memberof hivefs.ReportWriteResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReportWriteResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReportWriteResp;
    })();

    hivefs.UnlinkReq = (function() {

        /**
         * Properties of an UnlinkReq.
         * @memberof hivefs
         * @interface IUnlinkReq
         * @property {hivefs.ICredentials|null} [cred] UnlinkReq cred
         * @property {string|null} [parentId] UnlinkReq parentId
         * @property {string|null} [name] UnlinkReq name
         */

        /**
         * Constructs a new UnlinkReq.
         * @memberof hivefs
         * @classdesc Represents an UnlinkReq.
         * @implements IUnlinkReq
         * @constructor
         * @param {hivefs.IUnlinkReq=} [properties] Properties to set
         */
        function UnlinkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnlinkReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.UnlinkReq
         * @instance
         */
        UnlinkReq.prototype.cred = null;

        /**
         * UnlinkReq parentId.
         * @member {string} parentId
         * @memberof hivefs.UnlinkReq
         * @instance
         */
        UnlinkReq.prototype.parentId = "";

        /**
         * UnlinkReq name.
         * @member {string} name
         * @memberof hivefs.UnlinkReq
         * @instance
         */
        UnlinkReq.prototype.name = "";

        /**
         * Creates a new UnlinkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.UnlinkReq
         * @static
         * @param {hivefs.IUnlinkReq=} [properties] Properties to set
         * @returns {hivefs.UnlinkReq} UnlinkReq instance
         */
        UnlinkReq.create = function create(properties) {
            return new UnlinkReq(properties);
        };

        /**
         * Encodes the specified UnlinkReq message. Does not implicitly {@link hivefs.UnlinkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.UnlinkReq
         * @static
         * @param {hivefs.IUnlinkReq} message UnlinkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlinkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            return writer;
        };

        /**
         * Decodes an UnlinkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.UnlinkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.UnlinkReq} UnlinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlinkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.UnlinkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an UnlinkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.UnlinkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.UnlinkReq} UnlinkReq
         */
        UnlinkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.UnlinkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.UnlinkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.UnlinkReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.UnlinkReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            return message;
        };

        /**
         * Creates a plain object from an UnlinkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.UnlinkReq
         * @static
         * @param {hivefs.UnlinkReq} message UnlinkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlinkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this UnlinkReq to JSON.
         * @function toJSON
         * @memberof hivefs.UnlinkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlinkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UnlinkReq;
    })();

    hivefs.UnlinkResp = (function() {

        /**
         * Properties of an UnlinkResp.
         * @memberof hivefs
         * @interface IUnlinkResp
         * @property {hivefs.IAttr|null} [parent] UnlinkResp parent
         */

        /**
         * Constructs a new UnlinkResp.
         * @memberof hivefs
         * @classdesc Represents an UnlinkResp.
         * @implements IUnlinkResp
         * @constructor
         * @param {hivefs.IUnlinkResp=} [properties] Properties to set
         */
        function UnlinkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnlinkResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.UnlinkResp
         * @instance
         */
        UnlinkResp.prototype.parent = null;

        /**
         * Creates a new UnlinkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.UnlinkResp
         * @static
         * @param {hivefs.IUnlinkResp=} [properties] Properties to set
         * @returns {hivefs.UnlinkResp} UnlinkResp instance
         */
        UnlinkResp.create = function create(properties) {
            return new UnlinkResp(properties);
        };

        /**
         * Encodes the specified UnlinkResp message. Does not implicitly {@link hivefs.UnlinkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.UnlinkResp
         * @static
         * @param {hivefs.IUnlinkResp} message UnlinkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlinkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an UnlinkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.UnlinkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.UnlinkResp} UnlinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlinkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.UnlinkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an UnlinkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.UnlinkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.UnlinkResp} UnlinkResp
         */
        UnlinkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.UnlinkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.UnlinkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.UnlinkResp();
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.UnlinkResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an UnlinkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.UnlinkResp
         * @static
         * @param {hivefs.UnlinkResp} message UnlinkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlinkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.parent = null;
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this UnlinkResp to JSON.
         * @function toJSON
         * @memberof hivefs.UnlinkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlinkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UnlinkResp;
    })();

    hivefs.RenameReq = (function() {

        /**
         * Properties of a RenameReq.
         * @memberof hivefs
         * @interface IRenameReq
         * @property {hivefs.ICredentials|null} [cred] RenameReq cred
         * @property {string|null} [srcParentId] RenameReq srcParentId
         * @property {string|null} [srcName] RenameReq srcName
         * @property {string|null} [dstParentId] RenameReq dstParentId
         * @property {string|null} [dstName] RenameReq dstName
         * @property {boolean|null} [noReplace] RenameReq noReplace
         */

        /**
         * Constructs a new RenameReq.
         * @memberof hivefs
         * @classdesc Represents a RenameReq.
         * @implements IRenameReq
         * @constructor
         * @param {hivefs.IRenameReq=} [properties] Properties to set
         */
        function RenameReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RenameReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.RenameReq
         * @instance
         */
        RenameReq.prototype.cred = null;

        /**
         * RenameReq srcParentId.
         * @member {string} srcParentId
         * @memberof hivefs.RenameReq
         * @instance
         */
        RenameReq.prototype.srcParentId = "";

        /**
         * RenameReq srcName.
         * @member {string} srcName
         * @memberof hivefs.RenameReq
         * @instance
         */
        RenameReq.prototype.srcName = "";

        /**
         * RenameReq dstParentId.
         * @member {string} dstParentId
         * @memberof hivefs.RenameReq
         * @instance
         */
        RenameReq.prototype.dstParentId = "";

        /**
         * RenameReq dstName.
         * @member {string} dstName
         * @memberof hivefs.RenameReq
         * @instance
         */
        RenameReq.prototype.dstName = "";

        /**
         * RenameReq noReplace.
         * @member {boolean} noReplace
         * @memberof hivefs.RenameReq
         * @instance
         */
        RenameReq.prototype.noReplace = false;

        /**
         * Creates a new RenameReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RenameReq
         * @static
         * @param {hivefs.IRenameReq=} [properties] Properties to set
         * @returns {hivefs.RenameReq} RenameReq instance
         */
        RenameReq.create = function create(properties) {
            return new RenameReq(properties);
        };

        /**
         * Encodes the specified RenameReq message. Does not implicitly {@link hivefs.RenameReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RenameReq
         * @static
         * @param {hivefs.IRenameReq} message RenameReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RenameReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.srcParentId != null && Object.hasOwnProperty.call(message, "srcParentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.srcParentId);
            if (message.srcName != null && Object.hasOwnProperty.call(message, "srcName"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.srcName);
            if (message.dstParentId != null && Object.hasOwnProperty.call(message, "dstParentId"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.dstParentId);
            if (message.dstName != null && Object.hasOwnProperty.call(message, "dstName"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.dstName);
            if (message.noReplace != null && Object.hasOwnProperty.call(message, "noReplace"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.noReplace);
            return writer;
        };

        /**
         * Decodes a RenameReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RenameReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RenameReq} RenameReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RenameReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RenameReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.srcParentId = reader.string();
                        break;
                    }
                case 3: {
                        message.srcName = reader.string();
                        break;
                    }
                case 4: {
                        message.dstParentId = reader.string();
                        break;
                    }
                case 5: {
                        message.dstName = reader.string();
                        break;
                    }
                case 6: {
                        message.noReplace = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RenameReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RenameReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RenameReq} RenameReq
         */
        RenameReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RenameReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RenameReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RenameReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.RenameReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.srcParentId != null)
                message.srcParentId = String(object.srcParentId);
            if (object.srcName != null)
                message.srcName = String(object.srcName);
            if (object.dstParentId != null)
                message.dstParentId = String(object.dstParentId);
            if (object.dstName != null)
                message.dstName = String(object.dstName);
            if (object.noReplace != null)
                message.noReplace = Boolean(object.noReplace);
            return message;
        };

        /**
         * Creates a plain object from a RenameReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RenameReq
         * @static
         * @param {hivefs.RenameReq} message RenameReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RenameReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.srcParentId = "";
                object.srcName = "";
                object.dstParentId = "";
                object.dstName = "";
                object.noReplace = false;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.srcParentId != null && Object.hasOwnProperty.call(message, "srcParentId"))
                object.srcParentId = message.srcParentId;
            if (message.srcName != null && Object.hasOwnProperty.call(message, "srcName"))
                object.srcName = message.srcName;
            if (message.dstParentId != null && Object.hasOwnProperty.call(message, "dstParentId"))
                object.dstParentId = message.dstParentId;
            if (message.dstName != null && Object.hasOwnProperty.call(message, "dstName"))
                object.dstName = message.dstName;
            if (message.noReplace != null && Object.hasOwnProperty.call(message, "noReplace"))
                object.noReplace = message.noReplace;
            return object;
        };

        /**
         * Converts this RenameReq to JSON.
         * @function toJSON
         * @memberof hivefs.RenameReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RenameReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RenameReq;
    })();

    hivefs.RenameResp = (function() {

        /**
         * Properties of a RenameResp.
         * @memberof hivefs
         * @interface IRenameResp
         * @property {hivefs.IAttr|null} [srcParent] RenameResp srcParent
         * @property {hivefs.IAttr|null} [dstParent] RenameResp dstParent
         */

        /**
         * Constructs a new RenameResp.
         * @memberof hivefs
         * @classdesc Represents a RenameResp.
         * @implements IRenameResp
         * @constructor
         * @param {hivefs.IRenameResp=} [properties] Properties to set
         */
        function RenameResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RenameResp srcParent.
         * @member {hivefs.IAttr|null|undefined} srcParent
         * @memberof hivefs.RenameResp
         * @instance
         */
        RenameResp.prototype.srcParent = null;

        /**
         * RenameResp dstParent.
         * @member {hivefs.IAttr|null|undefined} dstParent
         * @memberof hivefs.RenameResp
         * @instance
         */
        RenameResp.prototype.dstParent = null;

        /**
         * Creates a new RenameResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RenameResp
         * @static
         * @param {hivefs.IRenameResp=} [properties] Properties to set
         * @returns {hivefs.RenameResp} RenameResp instance
         */
        RenameResp.create = function create(properties) {
            return new RenameResp(properties);
        };

        /**
         * Encodes the specified RenameResp message. Does not implicitly {@link hivefs.RenameResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RenameResp
         * @static
         * @param {hivefs.IRenameResp} message RenameResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RenameResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.srcParent != null && Object.hasOwnProperty.call(message, "srcParent"))
                $root.hivefs.Attr.encode(message.srcParent, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.dstParent != null && Object.hasOwnProperty.call(message, "dstParent"))
                $root.hivefs.Attr.encode(message.dstParent, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a RenameResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RenameResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RenameResp} RenameResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RenameResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RenameResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.srcParent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.dstParent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RenameResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RenameResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RenameResp} RenameResp
         */
        RenameResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RenameResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RenameResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RenameResp();
            if (object.srcParent != null) {
                if (!$util.isObject(object.srcParent))
                    throw TypeError(".hivefs.RenameResp.srcParent: object expected");
                message.srcParent = $root.hivefs.Attr.fromObject(object.srcParent, long + 1);
            }
            if (object.dstParent != null) {
                if (!$util.isObject(object.dstParent))
                    throw TypeError(".hivefs.RenameResp.dstParent: object expected");
                message.dstParent = $root.hivefs.Attr.fromObject(object.dstParent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a RenameResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RenameResp
         * @static
         * @param {hivefs.RenameResp} message RenameResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RenameResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.srcParent = null;
                object.dstParent = null;
            }
            if (message.srcParent != null && Object.hasOwnProperty.call(message, "srcParent"))
                object.srcParent = $root.hivefs.Attr.toObject(message.srcParent, options, q + 1);
            if (message.dstParent != null && Object.hasOwnProperty.call(message, "dstParent"))
                object.dstParent = $root.hivefs.Attr.toObject(message.dstParent, options, q + 1);
            return object;
        };

        /**
         * Converts this RenameResp to JSON.
         * @function toJSON
         * @memberof hivefs.RenameResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RenameResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RenameResp;
    })();

    hivefs.ReaddirReq = (function() {

        /**
         * Properties of a ReaddirReq.
         * @memberof hivefs
         * @interface IReaddirReq
         * @property {hivefs.ICredentials|null} [cred] ReaddirReq cred
         * @property {string|null} [dirId] ReaddirReq dirId
         * @property {string|null} [after] ReaddirReq after
         * @property {number|null} [limit] ReaddirReq limit
         * @property {boolean|null} [withAttrs] ReaddirReq withAttrs
         */

        /**
         * Constructs a new ReaddirReq.
         * @memberof hivefs
         * @classdesc Represents a ReaddirReq.
         * @implements IReaddirReq
         * @constructor
         * @param {hivefs.IReaddirReq=} [properties] Properties to set
         */
        function ReaddirReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReaddirReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.ReaddirReq
         * @instance
         */
        ReaddirReq.prototype.cred = null;

        /**
         * ReaddirReq dirId.
         * @member {string} dirId
         * @memberof hivefs.ReaddirReq
         * @instance
         */
        ReaddirReq.prototype.dirId = "";

        /**
         * ReaddirReq after.
         * @member {string} after
         * @memberof hivefs.ReaddirReq
         * @instance
         */
        ReaddirReq.prototype.after = "";

        /**
         * ReaddirReq limit.
         * @member {number} limit
         * @memberof hivefs.ReaddirReq
         * @instance
         */
        ReaddirReq.prototype.limit = 0;

        /**
         * ReaddirReq withAttrs.
         * @member {boolean} withAttrs
         * @memberof hivefs.ReaddirReq
         * @instance
         */
        ReaddirReq.prototype.withAttrs = false;

        /**
         * Creates a new ReaddirReq instance using the specified properties.
         * @function create
         * @memberof hivefs.ReaddirReq
         * @static
         * @param {hivefs.IReaddirReq=} [properties] Properties to set
         * @returns {hivefs.ReaddirReq} ReaddirReq instance
         */
        ReaddirReq.create = function create(properties) {
            return new ReaddirReq(properties);
        };

        /**
         * Encodes the specified ReaddirReq message. Does not implicitly {@link hivefs.ReaddirReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReaddirReq
         * @static
         * @param {hivefs.IReaddirReq} message ReaddirReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReaddirReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.dirId != null && Object.hasOwnProperty.call(message, "dirId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.dirId);
            if (message.after != null && Object.hasOwnProperty.call(message, "after"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.after);
            if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
            if (message.withAttrs != null && Object.hasOwnProperty.call(message, "withAttrs"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.withAttrs);
            return writer;
        };

        /**
         * Decodes a ReaddirReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReaddirReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReaddirReq} ReaddirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReaddirReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReaddirReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.dirId = reader.string();
                        break;
                    }
                case 3: {
                        message.after = reader.string();
                        break;
                    }
                case 4: {
                        message.limit = reader.uint32();
                        break;
                    }
                case 5: {
                        message.withAttrs = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReaddirReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReaddirReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReaddirReq} ReaddirReq
         */
        ReaddirReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReaddirReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReaddirReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReaddirReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.ReaddirReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.dirId != null)
                message.dirId = String(object.dirId);
            if (object.after != null)
                message.after = String(object.after);
            if (object.limit != null)
                message.limit = object.limit >>> 0;
            if (object.withAttrs != null)
                message.withAttrs = Boolean(object.withAttrs);
            return message;
        };

        /**
         * Creates a plain object from a ReaddirReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReaddirReq
         * @static
         * @param {hivefs.ReaddirReq} message ReaddirReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReaddirReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.dirId = "";
                object.after = "";
                object.limit = 0;
                object.withAttrs = false;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.dirId != null && Object.hasOwnProperty.call(message, "dirId"))
                object.dirId = message.dirId;
            if (message.after != null && Object.hasOwnProperty.call(message, "after"))
                object.after = message.after;
            if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                object.limit = message.limit;
            if (message.withAttrs != null && Object.hasOwnProperty.call(message, "withAttrs"))
                object.withAttrs = message.withAttrs;
            return object;
        };

        /**
         * Converts this ReaddirReq to JSON.
         * @function toJSON
         * @memberof hivefs.ReaddirReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReaddirReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReaddirReq;
    })();

    hivefs.ReaddirResp = (function() {

        /**
         * Properties of a ReaddirResp.
         * @memberof hivefs
         * @interface IReaddirResp
         * @property {Array.<hivefs.IDirEntry>|null} [entries] ReaddirResp entries
         * @property {boolean|null} [eof] ReaddirResp eof
         */

        /**
         * Constructs a new ReaddirResp.
         * @memberof hivefs
         * @classdesc Represents a ReaddirResp.
         * @implements IReaddirResp
         * @constructor
         * @param {hivefs.IReaddirResp=} [properties] Properties to set
         */
        function ReaddirResp(properties) {
            this.entries = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReaddirResp entries.
         * @member {Array.<hivefs.IDirEntry>} entries
         * @memberof hivefs.ReaddirResp
         * @instance
         */
        ReaddirResp.prototype.entries = $util.emptyArray;

        /**
         * ReaddirResp eof.
         * @member {boolean} eof
         * @memberof hivefs.ReaddirResp
         * @instance
         */
        ReaddirResp.prototype.eof = false;

        /**
         * Creates a new ReaddirResp instance using the specified properties.
         * @function create
         * @memberof hivefs.ReaddirResp
         * @static
         * @param {hivefs.IReaddirResp=} [properties] Properties to set
         * @returns {hivefs.ReaddirResp} ReaddirResp instance
         */
        ReaddirResp.create = function create(properties) {
            return new ReaddirResp(properties);
        };

        /**
         * Encodes the specified ReaddirResp message. Does not implicitly {@link hivefs.ReaddirResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReaddirResp
         * @static
         * @param {hivefs.IReaddirResp} message ReaddirResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReaddirResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.hivefs.DirEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.eof != null && Object.hasOwnProperty.call(message, "eof"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.eof);
            return writer;
        };

        /**
         * Decodes a ReaddirResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReaddirResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReaddirResp} ReaddirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReaddirResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReaddirResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.hivefs.DirEntry.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 2: {
                        message.eof = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReaddirResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReaddirResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReaddirResp} ReaddirResp
         */
        ReaddirResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReaddirResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReaddirResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReaddirResp();
            if (object.entries) {
                if (!Array.isArray(object.entries))
                    throw TypeError(".hivefs.ReaddirResp.entries: array expected");
                message.entries = [];
                for (let i = 0; i < object.entries.length; ++i) {
                    if (!$util.isObject(object.entries[i]))
                        throw TypeError(".hivefs.ReaddirResp.entries: object expected");
                    message.entries[i] = $root.hivefs.DirEntry.fromObject(object.entries[i], long + 1);
                }
            }
            if (object.eof != null)
                message.eof = Boolean(object.eof);
            return message;
        };

        /**
         * Creates a plain object from a ReaddirResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReaddirResp
         * @static
         * @param {hivefs.ReaddirResp} message ReaddirResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReaddirResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.entries = [];
            if (options.defaults)
                object.eof = false;
            if (message.entries && message.entries.length) {
                object.entries = [];
                for (let j = 0; j < message.entries.length; ++j)
                    object.entries[j] = $root.hivefs.DirEntry.toObject(message.entries[j], options, q + 1);
            }
            if (message.eof != null && Object.hasOwnProperty.call(message, "eof"))
                object.eof = message.eof;
            return object;
        };

        /**
         * Converts this ReaddirResp to JSON.
         * @function toJSON
         * @memberof hivefs.ReaddirResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReaddirResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReaddirResp;
    })();

    hivefs.SymlinkReq = (function() {

        /**
         * Properties of a SymlinkReq.
         * @memberof hivefs
         * @interface ISymlinkReq
         * @property {hivefs.ICredentials|null} [cred] SymlinkReq cred
         * @property {string|null} [parentId] SymlinkReq parentId
         * @property {string|null} [name] SymlinkReq name
         * @property {string|null} [target] SymlinkReq target
         */

        /**
         * Constructs a new SymlinkReq.
         * @memberof hivefs
         * @classdesc Represents a SymlinkReq.
         * @implements ISymlinkReq
         * @constructor
         * @param {hivefs.ISymlinkReq=} [properties] Properties to set
         */
        function SymlinkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SymlinkReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.SymlinkReq
         * @instance
         */
        SymlinkReq.prototype.cred = null;

        /**
         * SymlinkReq parentId.
         * @member {string} parentId
         * @memberof hivefs.SymlinkReq
         * @instance
         */
        SymlinkReq.prototype.parentId = "";

        /**
         * SymlinkReq name.
         * @member {string} name
         * @memberof hivefs.SymlinkReq
         * @instance
         */
        SymlinkReq.prototype.name = "";

        /**
         * SymlinkReq target.
         * @member {string} target
         * @memberof hivefs.SymlinkReq
         * @instance
         */
        SymlinkReq.prototype.target = "";

        /**
         * Creates a new SymlinkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.SymlinkReq
         * @static
         * @param {hivefs.ISymlinkReq=} [properties] Properties to set
         * @returns {hivefs.SymlinkReq} SymlinkReq instance
         */
        SymlinkReq.create = function create(properties) {
            return new SymlinkReq(properties);
        };

        /**
         * Encodes the specified SymlinkReq message. Does not implicitly {@link hivefs.SymlinkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SymlinkReq
         * @static
         * @param {hivefs.ISymlinkReq} message SymlinkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SymlinkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.parentId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.target);
            return writer;
        };

        /**
         * Decodes a SymlinkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SymlinkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SymlinkReq} SymlinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SymlinkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SymlinkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parentId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                case 4: {
                        message.target = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SymlinkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SymlinkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SymlinkReq} SymlinkReq
         */
        SymlinkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SymlinkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SymlinkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SymlinkReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.SymlinkReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.parentId != null)
                message.parentId = String(object.parentId);
            if (object.name != null)
                message.name = String(object.name);
            if (object.target != null)
                message.target = String(object.target);
            return message;
        };

        /**
         * Creates a plain object from a SymlinkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SymlinkReq
         * @static
         * @param {hivefs.SymlinkReq} message SymlinkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SymlinkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.parentId = "";
                object.name = "";
                object.target = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.parentId != null && Object.hasOwnProperty.call(message, "parentId"))
                object.parentId = message.parentId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                object.target = message.target;
            return object;
        };

        /**
         * Converts this SymlinkReq to JSON.
         * @function toJSON
         * @memberof hivefs.SymlinkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SymlinkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SymlinkReq;
    })();

    hivefs.SymlinkResp = (function() {

        /**
         * Properties of a SymlinkResp.
         * @memberof hivefs
         * @interface ISymlinkResp
         * @property {hivefs.IAttr|null} [attr] SymlinkResp attr
         * @property {hivefs.IAttr|null} [parent] SymlinkResp parent
         */

        /**
         * Constructs a new SymlinkResp.
         * @memberof hivefs
         * @classdesc Represents a SymlinkResp.
         * @implements ISymlinkResp
         * @constructor
         * @param {hivefs.ISymlinkResp=} [properties] Properties to set
         */
        function SymlinkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SymlinkResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.SymlinkResp
         * @instance
         */
        SymlinkResp.prototype.attr = null;

        /**
         * SymlinkResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.SymlinkResp
         * @instance
         */
        SymlinkResp.prototype.parent = null;

        /**
         * Creates a new SymlinkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.SymlinkResp
         * @static
         * @param {hivefs.ISymlinkResp=} [properties] Properties to set
         * @returns {hivefs.SymlinkResp} SymlinkResp instance
         */
        SymlinkResp.create = function create(properties) {
            return new SymlinkResp(properties);
        };

        /**
         * Encodes the specified SymlinkResp message. Does not implicitly {@link hivefs.SymlinkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SymlinkResp
         * @static
         * @param {hivefs.ISymlinkResp} message SymlinkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SymlinkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a SymlinkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SymlinkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SymlinkResp} SymlinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SymlinkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SymlinkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SymlinkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SymlinkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SymlinkResp} SymlinkResp
         */
        SymlinkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SymlinkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SymlinkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SymlinkResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.SymlinkResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.SymlinkResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SymlinkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SymlinkResp
         * @static
         * @param {hivefs.SymlinkResp} message SymlinkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SymlinkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attr = null;
                object.parent = null;
            }
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this SymlinkResp to JSON.
         * @function toJSON
         * @memberof hivefs.SymlinkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SymlinkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SymlinkResp;
    })();

    hivefs.ReadlinkReq = (function() {

        /**
         * Properties of a ReadlinkReq.
         * @memberof hivefs
         * @interface IReadlinkReq
         * @property {hivefs.ICredentials|null} [cred] ReadlinkReq cred
         * @property {string|null} [entryId] ReadlinkReq entryId
         */

        /**
         * Constructs a new ReadlinkReq.
         * @memberof hivefs
         * @classdesc Represents a ReadlinkReq.
         * @implements IReadlinkReq
         * @constructor
         * @param {hivefs.IReadlinkReq=} [properties] Properties to set
         */
        function ReadlinkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReadlinkReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.ReadlinkReq
         * @instance
         */
        ReadlinkReq.prototype.cred = null;

        /**
         * ReadlinkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.ReadlinkReq
         * @instance
         */
        ReadlinkReq.prototype.entryId = "";

        /**
         * Creates a new ReadlinkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.ReadlinkReq
         * @static
         * @param {hivefs.IReadlinkReq=} [properties] Properties to set
         * @returns {hivefs.ReadlinkReq} ReadlinkReq instance
         */
        ReadlinkReq.create = function create(properties) {
            return new ReadlinkReq(properties);
        };

        /**
         * Encodes the specified ReadlinkReq message. Does not implicitly {@link hivefs.ReadlinkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReadlinkReq
         * @static
         * @param {hivefs.IReadlinkReq} message ReadlinkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadlinkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            return writer;
        };

        /**
         * Decodes a ReadlinkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReadlinkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReadlinkReq} ReadlinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadlinkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReadlinkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReadlinkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReadlinkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReadlinkReq} ReadlinkReq
         */
        ReadlinkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReadlinkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReadlinkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReadlinkReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.ReadlinkReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            return message;
        };

        /**
         * Creates a plain object from a ReadlinkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReadlinkReq
         * @static
         * @param {hivefs.ReadlinkReq} message ReadlinkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReadlinkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            return object;
        };

        /**
         * Converts this ReadlinkReq to JSON.
         * @function toJSON
         * @memberof hivefs.ReadlinkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReadlinkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReadlinkReq;
    })();

    hivefs.ReadlinkResp = (function() {

        /**
         * Properties of a ReadlinkResp.
         * @memberof hivefs
         * @interface IReadlinkResp
         * @property {string|null} [target] ReadlinkResp target
         */

        /**
         * Constructs a new ReadlinkResp.
         * @memberof hivefs
         * @classdesc Represents a ReadlinkResp.
         * @implements IReadlinkResp
         * @constructor
         * @param {hivefs.IReadlinkResp=} [properties] Properties to set
         */
        function ReadlinkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReadlinkResp target.
         * @member {string} target
         * @memberof hivefs.ReadlinkResp
         * @instance
         */
        ReadlinkResp.prototype.target = "";

        /**
         * Creates a new ReadlinkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.ReadlinkResp
         * @static
         * @param {hivefs.IReadlinkResp=} [properties] Properties to set
         * @returns {hivefs.ReadlinkResp} ReadlinkResp instance
         */
        ReadlinkResp.create = function create(properties) {
            return new ReadlinkResp(properties);
        };

        /**
         * Encodes the specified ReadlinkResp message. Does not implicitly {@link hivefs.ReadlinkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReadlinkResp
         * @static
         * @param {hivefs.IReadlinkResp} message ReadlinkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadlinkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.target);
            return writer;
        };

        /**
         * Decodes a ReadlinkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReadlinkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReadlinkResp} ReadlinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadlinkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReadlinkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.target = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReadlinkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReadlinkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReadlinkResp} ReadlinkResp
         */
        ReadlinkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReadlinkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReadlinkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReadlinkResp();
            if (object.target != null)
                message.target = String(object.target);
            return message;
        };

        /**
         * Creates a plain object from a ReadlinkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReadlinkResp
         * @static
         * @param {hivefs.ReadlinkResp} message ReadlinkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReadlinkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.target = "";
            if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                object.target = message.target;
            return object;
        };

        /**
         * Converts this ReadlinkResp to JSON.
         * @function toJSON
         * @memberof hivefs.ReadlinkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReadlinkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReadlinkResp;
    })();

    hivefs.LinkReq = (function() {

        /**
         * Properties of a LinkReq.
         * @memberof hivefs
         * @interface ILinkReq
         * @property {hivefs.ICredentials|null} [cred] LinkReq cred
         * @property {string|null} [entryId] LinkReq entryId
         * @property {string|null} [newParentId] LinkReq newParentId
         * @property {string|null} [newName] LinkReq newName
         */

        /**
         * Constructs a new LinkReq.
         * @memberof hivefs
         * @classdesc Represents a LinkReq.
         * @implements ILinkReq
         * @constructor
         * @param {hivefs.ILinkReq=} [properties] Properties to set
         */
        function LinkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LinkReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.LinkReq
         * @instance
         */
        LinkReq.prototype.cred = null;

        /**
         * LinkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.LinkReq
         * @instance
         */
        LinkReq.prototype.entryId = "";

        /**
         * LinkReq newParentId.
         * @member {string} newParentId
         * @memberof hivefs.LinkReq
         * @instance
         */
        LinkReq.prototype.newParentId = "";

        /**
         * LinkReq newName.
         * @member {string} newName
         * @memberof hivefs.LinkReq
         * @instance
         */
        LinkReq.prototype.newName = "";

        /**
         * Creates a new LinkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.LinkReq
         * @static
         * @param {hivefs.ILinkReq=} [properties] Properties to set
         * @returns {hivefs.LinkReq} LinkReq instance
         */
        LinkReq.create = function create(properties) {
            return new LinkReq(properties);
        };

        /**
         * Encodes the specified LinkReq message. Does not implicitly {@link hivefs.LinkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.LinkReq
         * @static
         * @param {hivefs.ILinkReq} message LinkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.newParentId != null && Object.hasOwnProperty.call(message, "newParentId"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.newParentId);
            if (message.newName != null && Object.hasOwnProperty.call(message, "newName"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.newName);
            return writer;
        };

        /**
         * Decodes a LinkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.LinkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.LinkReq} LinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.LinkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.newParentId = reader.string();
                        break;
                    }
                case 4: {
                        message.newName = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a LinkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.LinkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.LinkReq} LinkReq
         */
        LinkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.LinkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.LinkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.LinkReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.LinkReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.newParentId != null)
                message.newParentId = String(object.newParentId);
            if (object.newName != null)
                message.newName = String(object.newName);
            return message;
        };

        /**
         * Creates a plain object from a LinkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.LinkReq
         * @static
         * @param {hivefs.LinkReq} message LinkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LinkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.newParentId = "";
                object.newName = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.newParentId != null && Object.hasOwnProperty.call(message, "newParentId"))
                object.newParentId = message.newParentId;
            if (message.newName != null && Object.hasOwnProperty.call(message, "newName"))
                object.newName = message.newName;
            return object;
        };

        /**
         * Converts this LinkReq to JSON.
         * @function toJSON
         * @memberof hivefs.LinkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LinkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinkReq;
    })();

    hivefs.LinkResp = (function() {

        /**
         * Properties of a LinkResp.
         * @memberof hivefs
         * @interface ILinkResp
         * @property {hivefs.IAttr|null} [attr] LinkResp attr
         * @property {hivefs.IAttr|null} [parent] LinkResp parent
         */

        /**
         * Constructs a new LinkResp.
         * @memberof hivefs
         * @classdesc Represents a LinkResp.
         * @implements ILinkResp
         * @constructor
         * @param {hivefs.ILinkResp=} [properties] Properties to set
         */
        function LinkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LinkResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.LinkResp
         * @instance
         */
        LinkResp.prototype.attr = null;

        /**
         * LinkResp parent.
         * @member {hivefs.IAttr|null|undefined} parent
         * @memberof hivefs.LinkResp
         * @instance
         */
        LinkResp.prototype.parent = null;

        /**
         * Creates a new LinkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.LinkResp
         * @static
         * @param {hivefs.ILinkResp=} [properties] Properties to set
         * @returns {hivefs.LinkResp} LinkResp instance
         */
        LinkResp.create = function create(properties) {
            return new LinkResp(properties);
        };

        /**
         * Encodes the specified LinkResp message. Does not implicitly {@link hivefs.LinkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.LinkResp
         * @static
         * @param {hivefs.ILinkResp} message LinkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LinkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                $root.hivefs.Attr.encode(message.parent, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a LinkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.LinkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.LinkResp} LinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LinkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.LinkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.parent = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a LinkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.LinkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.LinkResp} LinkResp
         */
        LinkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.LinkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.LinkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.LinkResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.LinkResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            if (object.parent != null) {
                if (!$util.isObject(object.parent))
                    throw TypeError(".hivefs.LinkResp.parent: object expected");
                message.parent = $root.hivefs.Attr.fromObject(object.parent, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a LinkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.LinkResp
         * @static
         * @param {hivefs.LinkResp} message LinkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LinkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.attr = null;
                object.parent = null;
            }
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                object.parent = $root.hivefs.Attr.toObject(message.parent, options, q + 1);
            return object;
        };

        /**
         * Converts this LinkResp to JSON.
         * @function toJSON
         * @memberof hivefs.LinkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LinkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LinkResp;
    })();

    hivefs.SetXattrReq = (function() {

        /**
         * Properties of a SetXattrReq.
         * @memberof hivefs
         * @interface ISetXattrReq
         * @property {hivefs.ICredentials|null} [cred] SetXattrReq cred
         * @property {string|null} [entryId] SetXattrReq entryId
         * @property {string|null} [name] SetXattrReq name
         * @property {Uint8Array|null} [value] SetXattrReq value
         * @property {number|null} [flags] SetXattrReq flags
         */

        /**
         * Constructs a new SetXattrReq.
         * @memberof hivefs
         * @classdesc Represents a SetXattrReq.
         * @implements ISetXattrReq
         * @constructor
         * @param {hivefs.ISetXattrReq=} [properties] Properties to set
         */
        function SetXattrReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetXattrReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.SetXattrReq
         * @instance
         */
        SetXattrReq.prototype.cred = null;

        /**
         * SetXattrReq entryId.
         * @member {string} entryId
         * @memberof hivefs.SetXattrReq
         * @instance
         */
        SetXattrReq.prototype.entryId = "";

        /**
         * SetXattrReq name.
         * @member {string} name
         * @memberof hivefs.SetXattrReq
         * @instance
         */
        SetXattrReq.prototype.name = "";

        /**
         * SetXattrReq value.
         * @member {Uint8Array} value
         * @memberof hivefs.SetXattrReq
         * @instance
         */
        SetXattrReq.prototype.value = $util.newBuffer([]);

        /**
         * SetXattrReq flags.
         * @member {number} flags
         * @memberof hivefs.SetXattrReq
         * @instance
         */
        SetXattrReq.prototype.flags = 0;

        /**
         * Creates a new SetXattrReq instance using the specified properties.
         * @function create
         * @memberof hivefs.SetXattrReq
         * @static
         * @param {hivefs.ISetXattrReq=} [properties] Properties to set
         * @returns {hivefs.SetXattrReq} SetXattrReq instance
         */
        SetXattrReq.create = function create(properties) {
            return new SetXattrReq(properties);
        };

        /**
         * Encodes the specified SetXattrReq message. Does not implicitly {@link hivefs.SetXattrReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetXattrReq
         * @static
         * @param {hivefs.ISetXattrReq} message SetXattrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetXattrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.value);
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.flags);
            return writer;
        };

        /**
         * Decodes a SetXattrReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetXattrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetXattrReq} SetXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetXattrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetXattrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                case 4: {
                        message.value = reader.bytes();
                        break;
                    }
                case 5: {
                        message.flags = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetXattrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetXattrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetXattrReq} SetXattrReq
         */
        SetXattrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetXattrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetXattrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetXattrReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.SetXattrReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.name != null)
                message.name = String(object.name);
            if (object.value != null)
                if (typeof object.value === "string")
                    $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                else if (object.value.length >= 0)
                    message.value = object.value;
            if (object.flags != null)
                message.flags = object.flags >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a SetXattrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetXattrReq
         * @static
         * @param {hivefs.SetXattrReq} message SetXattrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetXattrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.name = "";
                if (options.bytes === String)
                    object.value = "";
                else {
                    object.value = [];
                    if (options.bytes !== Array)
                        object.value = $util.newBuffer(object.value);
                }
                object.flags = 0;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                object.value = options.bytes === String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === Array ? Array.prototype.slice.call(message.value) : message.value;
            if (message.flags != null && Object.hasOwnProperty.call(message, "flags"))
                object.flags = message.flags;
            return object;
        };

        /**
         * Converts this SetXattrReq to JSON.
         * @function toJSON
         * @memberof hivefs.SetXattrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetXattrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetXattrReq;
    })();

    hivefs.SetXattrResp = (function() {

        /**
         * Properties of a SetXattrResp.
         * @memberof hivefs
         * @interface ISetXattrResp
         */

        /**
         * Constructs a new SetXattrResp.
         * @memberof hivefs
         * @classdesc Represents a SetXattrResp.
         * @implements ISetXattrResp
         * @constructor
         * @param {hivefs.ISetXattrResp=} [properties] Properties to set
         */
        function SetXattrResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new SetXattrResp instance using the specified properties.
         * @function create
         * @memberof hivefs.SetXattrResp
         * @static
         * @param {hivefs.ISetXattrResp=} [properties] Properties to set
         * @returns {hivefs.SetXattrResp} SetXattrResp instance
         */
        SetXattrResp.create = function create(properties) {
            return new SetXattrResp(properties);
        };

        /**
         * Encodes the specified SetXattrResp message. Does not implicitly {@link hivefs.SetXattrResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetXattrResp
         * @static
         * @param {hivefs.ISetXattrResp} message SetXattrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetXattrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a SetXattrResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetXattrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetXattrResp} SetXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetXattrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetXattrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetXattrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetXattrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetXattrResp} SetXattrResp
         */
        SetXattrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetXattrResp)
                return object;
            return new $root.hivefs.SetXattrResp();
        };

        /**
         * Creates a plain object from a SetXattrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetXattrResp
         * @static
         * @param {hivefs.SetXattrResp} message SetXattrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetXattrResp.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this SetXattrResp to JSON.
         * @function toJSON
         * @memberof hivefs.SetXattrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetXattrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetXattrResp;
    })();

    hivefs.GetXattrReq = (function() {

        /**
         * Properties of a GetXattrReq.
         * @memberof hivefs
         * @interface IGetXattrReq
         * @property {hivefs.ICredentials|null} [cred] GetXattrReq cred
         * @property {string|null} [entryId] GetXattrReq entryId
         * @property {string|null} [name] GetXattrReq name
         */

        /**
         * Constructs a new GetXattrReq.
         * @memberof hivefs
         * @classdesc Represents a GetXattrReq.
         * @implements IGetXattrReq
         * @constructor
         * @param {hivefs.IGetXattrReq=} [properties] Properties to set
         */
        function GetXattrReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetXattrReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.GetXattrReq
         * @instance
         */
        GetXattrReq.prototype.cred = null;

        /**
         * GetXattrReq entryId.
         * @member {string} entryId
         * @memberof hivefs.GetXattrReq
         * @instance
         */
        GetXattrReq.prototype.entryId = "";

        /**
         * GetXattrReq name.
         * @member {string} name
         * @memberof hivefs.GetXattrReq
         * @instance
         */
        GetXattrReq.prototype.name = "";

        /**
         * Creates a new GetXattrReq instance using the specified properties.
         * @function create
         * @memberof hivefs.GetXattrReq
         * @static
         * @param {hivefs.IGetXattrReq=} [properties] Properties to set
         * @returns {hivefs.GetXattrReq} GetXattrReq instance
         */
        GetXattrReq.create = function create(properties) {
            return new GetXattrReq(properties);
        };

        /**
         * Encodes the specified GetXattrReq message. Does not implicitly {@link hivefs.GetXattrReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetXattrReq
         * @static
         * @param {hivefs.IGetXattrReq} message GetXattrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetXattrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            return writer;
        };

        /**
         * Decodes a GetXattrReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetXattrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetXattrReq} GetXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetXattrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetXattrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetXattrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetXattrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetXattrReq} GetXattrReq
         */
        GetXattrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetXattrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetXattrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetXattrReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.GetXattrReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.name != null)
                message.name = String(object.name);
            return message;
        };

        /**
         * Creates a plain object from a GetXattrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetXattrReq
         * @static
         * @param {hivefs.GetXattrReq} message GetXattrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetXattrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.name = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this GetXattrReq to JSON.
         * @function toJSON
         * @memberof hivefs.GetXattrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetXattrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetXattrReq;
    })();

    hivefs.GetXattrResp = (function() {

        /**
         * Properties of a GetXattrResp.
         * @memberof hivefs
         * @interface IGetXattrResp
         * @property {Uint8Array|null} [value] GetXattrResp value
         */

        /**
         * Constructs a new GetXattrResp.
         * @memberof hivefs
         * @classdesc Represents a GetXattrResp.
         * @implements IGetXattrResp
         * @constructor
         * @param {hivefs.IGetXattrResp=} [properties] Properties to set
         */
        function GetXattrResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetXattrResp value.
         * @member {Uint8Array} value
         * @memberof hivefs.GetXattrResp
         * @instance
         */
        GetXattrResp.prototype.value = $util.newBuffer([]);

        /**
         * Creates a new GetXattrResp instance using the specified properties.
         * @function create
         * @memberof hivefs.GetXattrResp
         * @static
         * @param {hivefs.IGetXattrResp=} [properties] Properties to set
         * @returns {hivefs.GetXattrResp} GetXattrResp instance
         */
        GetXattrResp.create = function create(properties) {
            return new GetXattrResp(properties);
        };

        /**
         * Encodes the specified GetXattrResp message. Does not implicitly {@link hivefs.GetXattrResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetXattrResp
         * @static
         * @param {hivefs.IGetXattrResp} message GetXattrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetXattrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
            return writer;
        };

        /**
         * Decodes a GetXattrResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetXattrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetXattrResp} GetXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetXattrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetXattrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.value = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetXattrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetXattrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetXattrResp} GetXattrResp
         */
        GetXattrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetXattrResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetXattrResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetXattrResp();
            if (object.value != null)
                if (typeof object.value === "string")
                    $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                else if (object.value.length >= 0)
                    message.value = object.value;
            return message;
        };

        /**
         * Creates a plain object from a GetXattrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetXattrResp
         * @static
         * @param {hivefs.GetXattrResp} message GetXattrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetXattrResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === String)
                    object.value = "";
                else {
                    object.value = [];
                    if (options.bytes !== Array)
                        object.value = $util.newBuffer(object.value);
                }
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                object.value = options.bytes === String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === Array ? Array.prototype.slice.call(message.value) : message.value;
            return object;
        };

        /**
         * Converts this GetXattrResp to JSON.
         * @function toJSON
         * @memberof hivefs.GetXattrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetXattrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetXattrResp;
    })();

    hivefs.ListXattrReq = (function() {

        /**
         * Properties of a ListXattrReq.
         * @memberof hivefs
         * @interface IListXattrReq
         * @property {hivefs.ICredentials|null} [cred] ListXattrReq cred
         * @property {string|null} [entryId] ListXattrReq entryId
         */

        /**
         * Constructs a new ListXattrReq.
         * @memberof hivefs
         * @classdesc Represents a ListXattrReq.
         * @implements IListXattrReq
         * @constructor
         * @param {hivefs.IListXattrReq=} [properties] Properties to set
         */
        function ListXattrReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ListXattrReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.ListXattrReq
         * @instance
         */
        ListXattrReq.prototype.cred = null;

        /**
         * ListXattrReq entryId.
         * @member {string} entryId
         * @memberof hivefs.ListXattrReq
         * @instance
         */
        ListXattrReq.prototype.entryId = "";

        /**
         * Creates a new ListXattrReq instance using the specified properties.
         * @function create
         * @memberof hivefs.ListXattrReq
         * @static
         * @param {hivefs.IListXattrReq=} [properties] Properties to set
         * @returns {hivefs.ListXattrReq} ListXattrReq instance
         */
        ListXattrReq.create = function create(properties) {
            return new ListXattrReq(properties);
        };

        /**
         * Encodes the specified ListXattrReq message. Does not implicitly {@link hivefs.ListXattrReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ListXattrReq
         * @static
         * @param {hivefs.IListXattrReq} message ListXattrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListXattrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            return writer;
        };

        /**
         * Decodes a ListXattrReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ListXattrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ListXattrReq} ListXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListXattrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ListXattrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ListXattrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ListXattrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ListXattrReq} ListXattrReq
         */
        ListXattrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ListXattrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ListXattrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ListXattrReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.ListXattrReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            return message;
        };

        /**
         * Creates a plain object from a ListXattrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ListXattrReq
         * @static
         * @param {hivefs.ListXattrReq} message ListXattrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListXattrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            return object;
        };

        /**
         * Converts this ListXattrReq to JSON.
         * @function toJSON
         * @memberof hivefs.ListXattrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListXattrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListXattrReq;
    })();

    hivefs.ListXattrResp = (function() {

        /**
         * Properties of a ListXattrResp.
         * @memberof hivefs
         * @interface IListXattrResp
         * @property {Array.<string>|null} [names] ListXattrResp names
         */

        /**
         * Constructs a new ListXattrResp.
         * @memberof hivefs
         * @classdesc Represents a ListXattrResp.
         * @implements IListXattrResp
         * @constructor
         * @param {hivefs.IListXattrResp=} [properties] Properties to set
         */
        function ListXattrResp(properties) {
            this.names = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ListXattrResp names.
         * @member {Array.<string>} names
         * @memberof hivefs.ListXattrResp
         * @instance
         */
        ListXattrResp.prototype.names = $util.emptyArray;

        /**
         * Creates a new ListXattrResp instance using the specified properties.
         * @function create
         * @memberof hivefs.ListXattrResp
         * @static
         * @param {hivefs.IListXattrResp=} [properties] Properties to set
         * @returns {hivefs.ListXattrResp} ListXattrResp instance
         */
        ListXattrResp.create = function create(properties) {
            return new ListXattrResp(properties);
        };

        /**
         * Encodes the specified ListXattrResp message. Does not implicitly {@link hivefs.ListXattrResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ListXattrResp
         * @static
         * @param {hivefs.IListXattrResp} message ListXattrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListXattrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.names != null && message.names.length)
                for (let i = 0; i < message.names.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
            return writer;
        };

        /**
         * Decodes a ListXattrResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ListXattrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ListXattrResp} ListXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListXattrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ListXattrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.names && message.names.length))
                            message.names = [];
                        message.names.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ListXattrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ListXattrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ListXattrResp} ListXattrResp
         */
        ListXattrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ListXattrResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ListXattrResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ListXattrResp();
            if (object.names) {
                if (!Array.isArray(object.names))
                    throw TypeError(".hivefs.ListXattrResp.names: array expected");
                message.names = [];
                for (let i = 0; i < object.names.length; ++i)
                    message.names[i] = String(object.names[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a ListXattrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ListXattrResp
         * @static
         * @param {hivefs.ListXattrResp} message ListXattrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListXattrResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.names = [];
            if (message.names && message.names.length) {
                object.names = [];
                for (let j = 0; j < message.names.length; ++j)
                    object.names[j] = message.names[j];
            }
            return object;
        };

        /**
         * Converts this ListXattrResp to JSON.
         * @function toJSON
         * @memberof hivefs.ListXattrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListXattrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ListXattrResp;
    })();

    hivefs.RemoveXattrReq = (function() {

        /**
         * Properties of a RemoveXattrReq.
         * @memberof hivefs
         * @interface IRemoveXattrReq
         * @property {hivefs.ICredentials|null} [cred] RemoveXattrReq cred
         * @property {string|null} [entryId] RemoveXattrReq entryId
         * @property {string|null} [name] RemoveXattrReq name
         */

        /**
         * Constructs a new RemoveXattrReq.
         * @memberof hivefs
         * @classdesc Represents a RemoveXattrReq.
         * @implements IRemoveXattrReq
         * @constructor
         * @param {hivefs.IRemoveXattrReq=} [properties] Properties to set
         */
        function RemoveXattrReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RemoveXattrReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.RemoveXattrReq
         * @instance
         */
        RemoveXattrReq.prototype.cred = null;

        /**
         * RemoveXattrReq entryId.
         * @member {string} entryId
         * @memberof hivefs.RemoveXattrReq
         * @instance
         */
        RemoveXattrReq.prototype.entryId = "";

        /**
         * RemoveXattrReq name.
         * @member {string} name
         * @memberof hivefs.RemoveXattrReq
         * @instance
         */
        RemoveXattrReq.prototype.name = "";

        /**
         * Creates a new RemoveXattrReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RemoveXattrReq
         * @static
         * @param {hivefs.IRemoveXattrReq=} [properties] Properties to set
         * @returns {hivefs.RemoveXattrReq} RemoveXattrReq instance
         */
        RemoveXattrReq.create = function create(properties) {
            return new RemoveXattrReq(properties);
        };

        /**
         * Encodes the specified RemoveXattrReq message. Does not implicitly {@link hivefs.RemoveXattrReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RemoveXattrReq
         * @static
         * @param {hivefs.IRemoveXattrReq} message RemoveXattrReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveXattrReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            return writer;
        };

        /**
         * Decodes a RemoveXattrReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RemoveXattrReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RemoveXattrReq} RemoveXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveXattrReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RemoveXattrReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RemoveXattrReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RemoveXattrReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RemoveXattrReq} RemoveXattrReq
         */
        RemoveXattrReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RemoveXattrReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RemoveXattrReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RemoveXattrReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.RemoveXattrReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.name != null)
                message.name = String(object.name);
            return message;
        };

        /**
         * Creates a plain object from a RemoveXattrReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RemoveXattrReq
         * @static
         * @param {hivefs.RemoveXattrReq} message RemoveXattrReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveXattrReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.name = "";
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            return object;
        };

        /**
         * Converts this RemoveXattrReq to JSON.
         * @function toJSON
         * @memberof hivefs.RemoveXattrReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveXattrReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveXattrReq;
    })();

    hivefs.RemoveXattrResp = (function() {

        /**
         * Properties of a RemoveXattrResp.
         * @memberof hivefs
         * @interface IRemoveXattrResp
         */

        /**
         * Constructs a new RemoveXattrResp.
         * @memberof hivefs
         * @classdesc Represents a RemoveXattrResp.
         * @implements IRemoveXattrResp
         * @constructor
         * @param {hivefs.IRemoveXattrResp=} [properties] Properties to set
         */
        function RemoveXattrResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new RemoveXattrResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RemoveXattrResp
         * @static
         * @param {hivefs.IRemoveXattrResp=} [properties] Properties to set
         * @returns {hivefs.RemoveXattrResp} RemoveXattrResp instance
         */
        RemoveXattrResp.create = function create(properties) {
            return new RemoveXattrResp(properties);
        };

        /**
         * Encodes the specified RemoveXattrResp message. Does not implicitly {@link hivefs.RemoveXattrResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RemoveXattrResp
         * @static
         * @param {hivefs.IRemoveXattrResp} message RemoveXattrResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveXattrResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a RemoveXattrResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RemoveXattrResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RemoveXattrResp} RemoveXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveXattrResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RemoveXattrResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RemoveXattrResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RemoveXattrResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RemoveXattrResp} RemoveXattrResp
         */
        RemoveXattrResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RemoveXattrResp)
                return object;
            return new $root.hivefs.RemoveXattrResp();
        };

        /**
         * Creates a plain object from a RemoveXattrResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RemoveXattrResp
         * @static
         * @param {hivefs.RemoveXattrResp} message RemoveXattrResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveXattrResp.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this RemoveXattrResp to JSON.
         * @function toJSON
         * @memberof hivefs.RemoveXattrResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveXattrResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveXattrResp;
    })();

    hivefs.StatFsReq = (function() {

        /**
         * Properties of a StatFsReq.
         * @memberof hivefs
         * @interface IStatFsReq
         */

        /**
         * Constructs a new StatFsReq.
         * @memberof hivefs
         * @classdesc Represents a StatFsReq.
         * @implements IStatFsReq
         * @constructor
         * @param {hivefs.IStatFsReq=} [properties] Properties to set
         */
        function StatFsReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new StatFsReq instance using the specified properties.
         * @function create
         * @memberof hivefs.StatFsReq
         * @static
         * @param {hivefs.IStatFsReq=} [properties] Properties to set
         * @returns {hivefs.StatFsReq} StatFsReq instance
         */
        StatFsReq.create = function create(properties) {
            return new StatFsReq(properties);
        };

        /**
         * Encodes the specified StatFsReq message. Does not implicitly {@link hivefs.StatFsReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.StatFsReq
         * @static
         * @param {hivefs.IStatFsReq} message StatFsReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatFsReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a StatFsReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.StatFsReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.StatFsReq} StatFsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatFsReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.StatFsReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a StatFsReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.StatFsReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.StatFsReq} StatFsReq
         */
        StatFsReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.StatFsReq)
                return object;
            return new $root.hivefs.StatFsReq();
        };

        /**
         * Creates a plain object from a StatFsReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.StatFsReq
         * @static
         * @param {hivefs.StatFsReq} message StatFsReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatFsReq.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this StatFsReq to JSON.
         * @function toJSON
         * @memberof hivefs.StatFsReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatFsReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatFsReq;
    })();

    hivefs.StatFsResp = (function() {

        /**
         * Properties of a StatFsResp.
         * @memberof hivefs
         * @interface IStatFsResp
         * @property {number|null} [totalBytes] StatFsResp totalBytes
         * @property {number|null} [freeBytes] StatFsResp freeBytes
         * @property {number|null} [totalInodes] StatFsResp totalInodes
         * @property {number|null} [freeInodes] StatFsResp freeInodes
         * @property {number|null} [numTargets] StatFsResp numTargets
         * @property {number|null} [usedBytes] StatFsResp usedBytes
         */

        /**
         * Constructs a new StatFsResp.
         * @memberof hivefs
         * @classdesc Represents a StatFsResp.
         * @implements IStatFsResp
         * @constructor
         * @param {hivefs.IStatFsResp=} [properties] Properties to set
         */
        function StatFsResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StatFsResp totalBytes.
         * @member {number} totalBytes
         * @memberof hivefs.StatFsResp
         * @instance
         */
        StatFsResp.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatFsResp freeBytes.
         * @member {number} freeBytes
         * @memberof hivefs.StatFsResp
         * @instance
         */
        StatFsResp.prototype.freeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatFsResp totalInodes.
         * @member {number} totalInodes
         * @memberof hivefs.StatFsResp
         * @instance
         */
        StatFsResp.prototype.totalInodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatFsResp freeInodes.
         * @member {number} freeInodes
         * @memberof hivefs.StatFsResp
         * @instance
         */
        StatFsResp.prototype.freeInodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatFsResp numTargets.
         * @member {number} numTargets
         * @memberof hivefs.StatFsResp
         * @instance
         */
        StatFsResp.prototype.numTargets = 0;

        /**
         * StatFsResp usedBytes.
         * @member {number} usedBytes
         * @memberof hivefs.StatFsResp
         * @instance
         */
        StatFsResp.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new StatFsResp instance using the specified properties.
         * @function create
         * @memberof hivefs.StatFsResp
         * @static
         * @param {hivefs.IStatFsResp=} [properties] Properties to set
         * @returns {hivefs.StatFsResp} StatFsResp instance
         */
        StatFsResp.create = function create(properties) {
            return new StatFsResp(properties);
        };

        /**
         * Encodes the specified StatFsResp message. Does not implicitly {@link hivefs.StatFsResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.StatFsResp
         * @static
         * @param {hivefs.IStatFsResp} message StatFsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatFsResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.totalBytes);
            if (message.freeBytes != null && Object.hasOwnProperty.call(message, "freeBytes"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.freeBytes);
            if (message.totalInodes != null && Object.hasOwnProperty.call(message, "totalInodes"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalInodes);
            if (message.freeInodes != null && Object.hasOwnProperty.call(message, "freeInodes"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.freeInodes);
            if (message.numTargets != null && Object.hasOwnProperty.call(message, "numTargets"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.numTargets);
            if (message.usedBytes != null && Object.hasOwnProperty.call(message, "usedBytes"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.usedBytes);
            return writer;
        };

        /**
         * Decodes a StatFsResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.StatFsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.StatFsResp} StatFsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatFsResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.StatFsResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.totalBytes = reader.uint64();
                        break;
                    }
                case 2: {
                        message.freeBytes = reader.uint64();
                        break;
                    }
                case 3: {
                        message.totalInodes = reader.uint64();
                        break;
                    }
                case 4: {
                        message.freeInodes = reader.uint64();
                        break;
                    }
                case 5: {
                        message.numTargets = reader.uint32();
                        break;
                    }
                case 6: {
                        message.usedBytes = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a StatFsResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.StatFsResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.StatFsResp} StatFsResp
         */
        StatFsResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.StatFsResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.StatFsResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.StatFsResp();
            if (object.totalBytes != null)
                if ($util.Long)
                    message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                else if (typeof object.totalBytes === "string")
                    message.totalBytes = parseInt(object.totalBytes, 10);
                else if (typeof object.totalBytes === "number")
                    message.totalBytes = object.totalBytes;
                else if (typeof object.totalBytes === "object")
                    message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
            if (object.freeBytes != null)
                if ($util.Long)
                    message.freeBytes = $util.Long.fromValue(object.freeBytes, true);
                else if (typeof object.freeBytes === "string")
                    message.freeBytes = parseInt(object.freeBytes, 10);
                else if (typeof object.freeBytes === "number")
                    message.freeBytes = object.freeBytes;
                else if (typeof object.freeBytes === "object")
                    message.freeBytes = new $util.LongBits(object.freeBytes.low >>> 0, object.freeBytes.high >>> 0).toNumber(true);
            if (object.totalInodes != null)
                if ($util.Long)
                    message.totalInodes = $util.Long.fromValue(object.totalInodes, true);
                else if (typeof object.totalInodes === "string")
                    message.totalInodes = parseInt(object.totalInodes, 10);
                else if (typeof object.totalInodes === "number")
                    message.totalInodes = object.totalInodes;
                else if (typeof object.totalInodes === "object")
                    message.totalInodes = new $util.LongBits(object.totalInodes.low >>> 0, object.totalInodes.high >>> 0).toNumber(true);
            if (object.freeInodes != null)
                if ($util.Long)
                    message.freeInodes = $util.Long.fromValue(object.freeInodes, true);
                else if (typeof object.freeInodes === "string")
                    message.freeInodes = parseInt(object.freeInodes, 10);
                else if (typeof object.freeInodes === "number")
                    message.freeInodes = object.freeInodes;
                else if (typeof object.freeInodes === "object")
                    message.freeInodes = new $util.LongBits(object.freeInodes.low >>> 0, object.freeInodes.high >>> 0).toNumber(true);
            if (object.numTargets != null)
                message.numTargets = object.numTargets >>> 0;
            if (object.usedBytes != null)
                if ($util.Long)
                    message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                else if (typeof object.usedBytes === "string")
                    message.usedBytes = parseInt(object.usedBytes, 10);
                else if (typeof object.usedBytes === "number")
                    message.usedBytes = object.usedBytes;
                else if (typeof object.usedBytes === "object")
                    message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a StatFsResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.StatFsResp
         * @static
         * @param {hivefs.StatFsResp} message StatFsResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatFsResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.totalBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.totalBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.freeBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.freeBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.totalInodes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.totalInodes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.freeInodes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.freeInodes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.numTargets = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.usedBytes = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.usedBytes = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.totalBytes = typeof message.totalBytes === "number" ? BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                else if (typeof message.totalBytes === "number")
                    object.totalBytes = options.longs === String ? String(message.totalBytes) : message.totalBytes;
                else
                    object.totalBytes = options.longs === String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
            if (message.freeBytes != null && Object.hasOwnProperty.call(message, "freeBytes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.freeBytes = typeof message.freeBytes === "number" ? BigInt(message.freeBytes) : $util.Long.fromBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0, true).toBigInt();
                else if (typeof message.freeBytes === "number")
                    object.freeBytes = options.longs === String ? String(message.freeBytes) : message.freeBytes;
                else
                    object.freeBytes = options.longs === String ? $util.Long.prototype.toString.call(message.freeBytes) : options.longs === Number ? new $util.LongBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0).toNumber(true) : message.freeBytes;
            if (message.totalInodes != null && Object.hasOwnProperty.call(message, "totalInodes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.totalInodes = typeof message.totalInodes === "number" ? BigInt(message.totalInodes) : $util.Long.fromBits(message.totalInodes.low >>> 0, message.totalInodes.high >>> 0, true).toBigInt();
                else if (typeof message.totalInodes === "number")
                    object.totalInodes = options.longs === String ? String(message.totalInodes) : message.totalInodes;
                else
                    object.totalInodes = options.longs === String ? $util.Long.prototype.toString.call(message.totalInodes) : options.longs === Number ? new $util.LongBits(message.totalInodes.low >>> 0, message.totalInodes.high >>> 0).toNumber(true) : message.totalInodes;
            if (message.freeInodes != null && Object.hasOwnProperty.call(message, "freeInodes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.freeInodes = typeof message.freeInodes === "number" ? BigInt(message.freeInodes) : $util.Long.fromBits(message.freeInodes.low >>> 0, message.freeInodes.high >>> 0, true).toBigInt();
                else if (typeof message.freeInodes === "number")
                    object.freeInodes = options.longs === String ? String(message.freeInodes) : message.freeInodes;
                else
                    object.freeInodes = options.longs === String ? $util.Long.prototype.toString.call(message.freeInodes) : options.longs === Number ? new $util.LongBits(message.freeInodes.low >>> 0, message.freeInodes.high >>> 0).toNumber(true) : message.freeInodes;
            if (message.numTargets != null && Object.hasOwnProperty.call(message, "numTargets"))
                object.numTargets = message.numTargets;
            if (message.usedBytes != null && Object.hasOwnProperty.call(message, "usedBytes"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.usedBytes = typeof message.usedBytes === "number" ? BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                else if (typeof message.usedBytes === "number")
                    object.usedBytes = options.longs === String ? String(message.usedBytes) : message.usedBytes;
                else
                    object.usedBytes = options.longs === String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
            return object;
        };

        /**
         * Converts this StatFsResp to JSON.
         * @function toJSON
         * @memberof hivefs.StatFsResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatFsResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatFsResp;
    })();

    hivefs.SetPatternReq = (function() {

        /**
         * Properties of a SetPatternReq.
         * @memberof hivefs
         * @interface ISetPatternReq
         * @property {hivefs.ICredentials|null} [cred] SetPatternReq cred
         * @property {string|null} [entryId] SetPatternReq entryId
         * @property {hivefs.IStripePattern|null} [pattern] SetPatternReq pattern
         */

        /**
         * Constructs a new SetPatternReq.
         * @memberof hivefs
         * @classdesc Represents a SetPatternReq.
         * @implements ISetPatternReq
         * @constructor
         * @param {hivefs.ISetPatternReq=} [properties] Properties to set
         */
        function SetPatternReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetPatternReq cred.
         * @member {hivefs.ICredentials|null|undefined} cred
         * @memberof hivefs.SetPatternReq
         * @instance
         */
        SetPatternReq.prototype.cred = null;

        /**
         * SetPatternReq entryId.
         * @member {string} entryId
         * @memberof hivefs.SetPatternReq
         * @instance
         */
        SetPatternReq.prototype.entryId = "";

        /**
         * SetPatternReq pattern.
         * @member {hivefs.IStripePattern|null|undefined} pattern
         * @memberof hivefs.SetPatternReq
         * @instance
         */
        SetPatternReq.prototype.pattern = null;

        /**
         * Creates a new SetPatternReq instance using the specified properties.
         * @function create
         * @memberof hivefs.SetPatternReq
         * @static
         * @param {hivefs.ISetPatternReq=} [properties] Properties to set
         * @returns {hivefs.SetPatternReq} SetPatternReq instance
         */
        SetPatternReq.create = function create(properties) {
            return new SetPatternReq(properties);
        };

        /**
         * Encodes the specified SetPatternReq message. Does not implicitly {@link hivefs.SetPatternReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetPatternReq
         * @static
         * @param {hivefs.ISetPatternReq} message SetPatternReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetPatternReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                $root.hivefs.Credentials.encode(message.cred, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.entryId);
            if (message.pattern != null && Object.hasOwnProperty.call(message, "pattern"))
                $root.hivefs.StripePattern.encode(message.pattern, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a SetPatternReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetPatternReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetPatternReq} SetPatternReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetPatternReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetPatternReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.cred = $root.hivefs.Credentials.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.entryId = reader.string();
                        break;
                    }
                case 3: {
                        message.pattern = $root.hivefs.StripePattern.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetPatternReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetPatternReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetPatternReq} SetPatternReq
         */
        SetPatternReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetPatternReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetPatternReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetPatternReq();
            if (object.cred != null) {
                if (!$util.isObject(object.cred))
                    throw TypeError(".hivefs.SetPatternReq.cred: object expected");
                message.cred = $root.hivefs.Credentials.fromObject(object.cred, long + 1);
            }
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.pattern != null) {
                if (!$util.isObject(object.pattern))
                    throw TypeError(".hivefs.SetPatternReq.pattern: object expected");
                message.pattern = $root.hivefs.StripePattern.fromObject(object.pattern, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SetPatternReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetPatternReq
         * @static
         * @param {hivefs.SetPatternReq} message SetPatternReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetPatternReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.cred = null;
                object.entryId = "";
                object.pattern = null;
            }
            if (message.cred != null && Object.hasOwnProperty.call(message, "cred"))
                object.cred = $root.hivefs.Credentials.toObject(message.cred, options, q + 1);
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.pattern != null && Object.hasOwnProperty.call(message, "pattern"))
                object.pattern = $root.hivefs.StripePattern.toObject(message.pattern, options, q + 1);
            return object;
        };

        /**
         * Converts this SetPatternReq to JSON.
         * @function toJSON
         * @memberof hivefs.SetPatternReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetPatternReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetPatternReq;
    })();

    hivefs.SetPatternResp = (function() {

        /**
         * Properties of a SetPatternResp.
         * @memberof hivefs
         * @interface ISetPatternResp
         * @property {hivefs.IAttr|null} [attr] SetPatternResp attr
         */

        /**
         * Constructs a new SetPatternResp.
         * @memberof hivefs
         * @classdesc Represents a SetPatternResp.
         * @implements ISetPatternResp
         * @constructor
         * @param {hivefs.ISetPatternResp=} [properties] Properties to set
         */
        function SetPatternResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetPatternResp attr.
         * @member {hivefs.IAttr|null|undefined} attr
         * @memberof hivefs.SetPatternResp
         * @instance
         */
        SetPatternResp.prototype.attr = null;

        /**
         * Creates a new SetPatternResp instance using the specified properties.
         * @function create
         * @memberof hivefs.SetPatternResp
         * @static
         * @param {hivefs.ISetPatternResp=} [properties] Properties to set
         * @returns {hivefs.SetPatternResp} SetPatternResp instance
         */
        SetPatternResp.create = function create(properties) {
            return new SetPatternResp(properties);
        };

        /**
         * Encodes the specified SetPatternResp message. Does not implicitly {@link hivefs.SetPatternResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetPatternResp
         * @static
         * @param {hivefs.ISetPatternResp} message SetPatternResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetPatternResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                $root.hivefs.Attr.encode(message.attr, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a SetPatternResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetPatternResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetPatternResp} SetPatternResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetPatternResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetPatternResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.attr = $root.hivefs.Attr.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetPatternResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetPatternResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetPatternResp} SetPatternResp
         */
        SetPatternResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetPatternResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetPatternResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetPatternResp();
            if (object.attr != null) {
                if (!$util.isObject(object.attr))
                    throw TypeError(".hivefs.SetPatternResp.attr: object expected");
                message.attr = $root.hivefs.Attr.fromObject(object.attr, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a SetPatternResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetPatternResp
         * @static
         * @param {hivefs.SetPatternResp} message SetPatternResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetPatternResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.attr = null;
            if (message.attr != null && Object.hasOwnProperty.call(message, "attr"))
                object.attr = $root.hivefs.Attr.toObject(message.attr, options, q + 1);
            return object;
        };

        /**
         * Converts this SetPatternResp to JSON.
         * @function toJSON
         * @memberof hivefs.SetPatternResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetPatternResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetPatternResp;
    })();

    hivefs.RegisterNodeReq = (function() {

        /**
         * Properties of a RegisterNodeReq.
         * @memberof hivefs
         * @interface IRegisterNodeReq
         * @property {hivefs.NodeType|null} [type] RegisterNodeReq type
         * @property {number|null} [nodeId] RegisterNodeReq nodeId
         * @property {string|null} [alias] RegisterNodeReq alias
         * @property {Array.<hivefs.INodeAddr>|null} [addrs] RegisterNodeReq addrs
         * @property {string|null} [hostname] RegisterNodeReq hostname
         * @property {string|null} [version] RegisterNodeReq version
         * @property {number|null} [pid] RegisterNodeReq pid
         */

        /**
         * Constructs a new RegisterNodeReq.
         * @memberof hivefs
         * @classdesc Represents a RegisterNodeReq.
         * @implements IRegisterNodeReq
         * @constructor
         * @param {hivefs.IRegisterNodeReq=} [properties] Properties to set
         */
        function RegisterNodeReq(properties) {
            this.addrs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RegisterNodeReq type.
         * @member {hivefs.NodeType} type
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.type = 0;

        /**
         * RegisterNodeReq nodeId.
         * @member {number} nodeId
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.nodeId = 0;

        /**
         * RegisterNodeReq alias.
         * @member {string} alias
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.alias = "";

        /**
         * RegisterNodeReq addrs.
         * @member {Array.<hivefs.INodeAddr>} addrs
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.addrs = $util.emptyArray;

        /**
         * RegisterNodeReq hostname.
         * @member {string} hostname
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.hostname = "";

        /**
         * RegisterNodeReq version.
         * @member {string} version
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.version = "";

        /**
         * RegisterNodeReq pid.
         * @member {number} pid
         * @memberof hivefs.RegisterNodeReq
         * @instance
         */
        RegisterNodeReq.prototype.pid = 0;

        /**
         * Creates a new RegisterNodeReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RegisterNodeReq
         * @static
         * @param {hivefs.IRegisterNodeReq=} [properties] Properties to set
         * @returns {hivefs.RegisterNodeReq} RegisterNodeReq instance
         */
        RegisterNodeReq.create = function create(properties) {
            return new RegisterNodeReq(properties);
        };

        /**
         * Encodes the specified RegisterNodeReq message. Does not implicitly {@link hivefs.RegisterNodeReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RegisterNodeReq
         * @static
         * @param {hivefs.IRegisterNodeReq} message RegisterNodeReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterNodeReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            if (message.alias != null && Object.hasOwnProperty.call(message, "alias"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.alias);
            if (message.addrs != null && message.addrs.length)
                for (let i = 0; i < message.addrs.length; ++i)
                    $root.hivefs.NodeAddr.encode(message.addrs[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (message.hostname != null && Object.hasOwnProperty.call(message, "hostname"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.hostname);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.version);
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.pid);
            return writer;
        };

        /**
         * Decodes a RegisterNodeReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RegisterNodeReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RegisterNodeReq} RegisterNodeReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterNodeReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RegisterNodeReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.alias = reader.string();
                        break;
                    }
                case 4: {
                        if (!(message.addrs && message.addrs.length))
                            message.addrs = [];
                        message.addrs.push($root.hivefs.NodeAddr.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 5: {
                        message.hostname = reader.string();
                        break;
                    }
                case 6: {
                        message.version = reader.string();
                        break;
                    }
                case 7: {
                        message.pid = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RegisterNodeReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RegisterNodeReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RegisterNodeReq} RegisterNodeReq
         */
        RegisterNodeReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RegisterNodeReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RegisterNodeReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RegisterNodeReq();
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "MGMTD":
            case 1:
                message.type = 1;
                break;
            case "META":
            case 2:
                message.type = 2;
                break;
            case "STORAGE":
            case 3:
                message.type = 3;
                break;
            case "CLIENT":
            case 4:
                message.type = 4;
                break;
            }
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            if (object.alias != null)
                message.alias = String(object.alias);
            if (object.addrs) {
                if (!Array.isArray(object.addrs))
                    throw TypeError(".hivefs.RegisterNodeReq.addrs: array expected");
                message.addrs = [];
                for (let i = 0; i < object.addrs.length; ++i) {
                    if (!$util.isObject(object.addrs[i]))
                        throw TypeError(".hivefs.RegisterNodeReq.addrs: object expected");
                    message.addrs[i] = $root.hivefs.NodeAddr.fromObject(object.addrs[i], long + 1);
                }
            }
            if (object.hostname != null)
                message.hostname = String(object.hostname);
            if (object.version != null)
                message.version = String(object.version);
            if (object.pid != null)
                message.pid = object.pid >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a RegisterNodeReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RegisterNodeReq
         * @static
         * @param {hivefs.RegisterNodeReq} message RegisterNodeReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterNodeReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.addrs = [];
            if (options.defaults) {
                object.type = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.nodeId = 0;
                object.alias = "";
                object.hostname = "";
                object.version = "";
                object.pid = 0;
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.NodeType[message.type] === undefined ? message.type : $root.hivefs.NodeType[message.type] : message.type;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.alias != null && Object.hasOwnProperty.call(message, "alias"))
                object.alias = message.alias;
            if (message.addrs && message.addrs.length) {
                object.addrs = [];
                for (let j = 0; j < message.addrs.length; ++j)
                    object.addrs[j] = $root.hivefs.NodeAddr.toObject(message.addrs[j], options, q + 1);
            }
            if (message.hostname != null && Object.hasOwnProperty.call(message, "hostname"))
                object.hostname = message.hostname;
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.pid != null && Object.hasOwnProperty.call(message, "pid"))
                object.pid = message.pid;
            return object;
        };

        /**
         * Converts this RegisterNodeReq to JSON.
         * @function toJSON
         * @memberof hivefs.RegisterNodeReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterNodeReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterNodeReq;
    })();

    hivefs.RegisterNodeResp = (function() {

        /**
         * Properties of a RegisterNodeResp.
         * @memberof hivefs
         * @interface IRegisterNodeResp
         * @property {number|null} [nodeId] RegisterNodeResp nodeId
         * @property {number|null} [mapVersion] RegisterNodeResp mapVersion
         */

        /**
         * Constructs a new RegisterNodeResp.
         * @memberof hivefs
         * @classdesc Represents a RegisterNodeResp.
         * @implements IRegisterNodeResp
         * @constructor
         * @param {hivefs.IRegisterNodeResp=} [properties] Properties to set
         */
        function RegisterNodeResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RegisterNodeResp nodeId.
         * @member {number} nodeId
         * @memberof hivefs.RegisterNodeResp
         * @instance
         */
        RegisterNodeResp.prototype.nodeId = 0;

        /**
         * RegisterNodeResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.RegisterNodeResp
         * @instance
         */
        RegisterNodeResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RegisterNodeResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RegisterNodeResp
         * @static
         * @param {hivefs.IRegisterNodeResp=} [properties] Properties to set
         * @returns {hivefs.RegisterNodeResp} RegisterNodeResp instance
         */
        RegisterNodeResp.create = function create(properties) {
            return new RegisterNodeResp(properties);
        };

        /**
         * Encodes the specified RegisterNodeResp message. Does not implicitly {@link hivefs.RegisterNodeResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RegisterNodeResp
         * @static
         * @param {hivefs.IRegisterNodeResp} message RegisterNodeResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterNodeResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nodeId);
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a RegisterNodeResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RegisterNodeResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RegisterNodeResp} RegisterNodeResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterNodeResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RegisterNodeResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                case 2: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RegisterNodeResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RegisterNodeResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RegisterNodeResp} RegisterNodeResp
         */
        RegisterNodeResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RegisterNodeResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RegisterNodeResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RegisterNodeResp();
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a RegisterNodeResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RegisterNodeResp
         * @static
         * @param {hivefs.RegisterNodeResp} message RegisterNodeResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterNodeResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.nodeId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this RegisterNodeResp to JSON.
         * @function toJSON
         * @memberof hivefs.RegisterNodeResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterNodeResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterNodeResp;
    })();

    hivefs.RegisterTargetReq = (function() {

        /**
         * Properties of a RegisterTargetReq.
         * @memberof hivefs
         * @interface IRegisterTargetReq
         * @property {number|null} [targetId] RegisterTargetReq targetId
         * @property {number|null} [nodeId] RegisterTargetReq nodeId
         */

        /**
         * Constructs a new RegisterTargetReq.
         * @memberof hivefs
         * @classdesc Represents a RegisterTargetReq.
         * @implements IRegisterTargetReq
         * @constructor
         * @param {hivefs.IRegisterTargetReq=} [properties] Properties to set
         */
        function RegisterTargetReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RegisterTargetReq targetId.
         * @member {number} targetId
         * @memberof hivefs.RegisterTargetReq
         * @instance
         */
        RegisterTargetReq.prototype.targetId = 0;

        /**
         * RegisterTargetReq nodeId.
         * @member {number} nodeId
         * @memberof hivefs.RegisterTargetReq
         * @instance
         */
        RegisterTargetReq.prototype.nodeId = 0;

        /**
         * Creates a new RegisterTargetReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RegisterTargetReq
         * @static
         * @param {hivefs.IRegisterTargetReq=} [properties] Properties to set
         * @returns {hivefs.RegisterTargetReq} RegisterTargetReq instance
         */
        RegisterTargetReq.create = function create(properties) {
            return new RegisterTargetReq(properties);
        };

        /**
         * Encodes the specified RegisterTargetReq message. Does not implicitly {@link hivefs.RegisterTargetReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RegisterTargetReq
         * @static
         * @param {hivefs.IRegisterTargetReq} message RegisterTargetReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterTargetReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targetId);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            return writer;
        };

        /**
         * Decodes a RegisterTargetReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RegisterTargetReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RegisterTargetReq} RegisterTargetReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterTargetReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RegisterTargetReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RegisterTargetReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RegisterTargetReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RegisterTargetReq} RegisterTargetReq
         */
        RegisterTargetReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RegisterTargetReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RegisterTargetReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RegisterTargetReq();
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a RegisterTargetReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RegisterTargetReq
         * @static
         * @param {hivefs.RegisterTargetReq} message RegisterTargetReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterTargetReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.targetId = 0;
                object.nodeId = 0;
            }
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            return object;
        };

        /**
         * Converts this RegisterTargetReq to JSON.
         * @function toJSON
         * @memberof hivefs.RegisterTargetReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterTargetReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterTargetReq;
    })();

    hivefs.RegisterTargetResp = (function() {

        /**
         * Properties of a RegisterTargetResp.
         * @memberof hivefs
         * @interface IRegisterTargetResp
         * @property {number|null} [targetId] RegisterTargetResp targetId
         * @property {number|null} [mapVersion] RegisterTargetResp mapVersion
         */

        /**
         * Constructs a new RegisterTargetResp.
         * @memberof hivefs
         * @classdesc Represents a RegisterTargetResp.
         * @implements IRegisterTargetResp
         * @constructor
         * @param {hivefs.IRegisterTargetResp=} [properties] Properties to set
         */
        function RegisterTargetResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RegisterTargetResp targetId.
         * @member {number} targetId
         * @memberof hivefs.RegisterTargetResp
         * @instance
         */
        RegisterTargetResp.prototype.targetId = 0;

        /**
         * RegisterTargetResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.RegisterTargetResp
         * @instance
         */
        RegisterTargetResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RegisterTargetResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RegisterTargetResp
         * @static
         * @param {hivefs.IRegisterTargetResp=} [properties] Properties to set
         * @returns {hivefs.RegisterTargetResp} RegisterTargetResp instance
         */
        RegisterTargetResp.create = function create(properties) {
            return new RegisterTargetResp(properties);
        };

        /**
         * Encodes the specified RegisterTargetResp message. Does not implicitly {@link hivefs.RegisterTargetResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RegisterTargetResp
         * @static
         * @param {hivefs.IRegisterTargetResp} message RegisterTargetResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RegisterTargetResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targetId);
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a RegisterTargetResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RegisterTargetResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RegisterTargetResp} RegisterTargetResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RegisterTargetResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RegisterTargetResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 2: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RegisterTargetResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RegisterTargetResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RegisterTargetResp} RegisterTargetResp
         */
        RegisterTargetResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RegisterTargetResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RegisterTargetResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RegisterTargetResp();
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a RegisterTargetResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RegisterTargetResp
         * @static
         * @param {hivefs.RegisterTargetResp} message RegisterTargetResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RegisterTargetResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.targetId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this RegisterTargetResp to JSON.
         * @function toJSON
         * @memberof hivefs.RegisterTargetResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RegisterTargetResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RegisterTargetResp;
    })();

    hivefs.HeartbeatReq = (function() {

        /**
         * Properties of a HeartbeatReq.
         * @memberof hivefs
         * @interface IHeartbeatReq
         * @property {hivefs.NodeType|null} [type] HeartbeatReq type
         * @property {number|null} [nodeId] HeartbeatReq nodeId
         * @property {Array.<hivefs.ITargetSpace>|null} [targets] HeartbeatReq targets
         */

        /**
         * Constructs a new HeartbeatReq.
         * @memberof hivefs
         * @classdesc Represents a HeartbeatReq.
         * @implements IHeartbeatReq
         * @constructor
         * @param {hivefs.IHeartbeatReq=} [properties] Properties to set
         */
        function HeartbeatReq(properties) {
            this.targets = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HeartbeatReq type.
         * @member {hivefs.NodeType} type
         * @memberof hivefs.HeartbeatReq
         * @instance
         */
        HeartbeatReq.prototype.type = 0;

        /**
         * HeartbeatReq nodeId.
         * @member {number} nodeId
         * @memberof hivefs.HeartbeatReq
         * @instance
         */
        HeartbeatReq.prototype.nodeId = 0;

        /**
         * HeartbeatReq targets.
         * @member {Array.<hivefs.ITargetSpace>} targets
         * @memberof hivefs.HeartbeatReq
         * @instance
         */
        HeartbeatReq.prototype.targets = $util.emptyArray;

        /**
         * Creates a new HeartbeatReq instance using the specified properties.
         * @function create
         * @memberof hivefs.HeartbeatReq
         * @static
         * @param {hivefs.IHeartbeatReq=} [properties] Properties to set
         * @returns {hivefs.HeartbeatReq} HeartbeatReq instance
         */
        HeartbeatReq.create = function create(properties) {
            return new HeartbeatReq(properties);
        };

        /**
         * Encodes the specified HeartbeatReq message. Does not implicitly {@link hivefs.HeartbeatReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.HeartbeatReq
         * @static
         * @param {hivefs.IHeartbeatReq} message HeartbeatReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            if (message.targets != null && message.targets.length)
                for (let i = 0; i < message.targets.length; ++i)
                    $root.hivefs.TargetSpace.encode(message.targets[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a HeartbeatReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.HeartbeatReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.HeartbeatReq} HeartbeatReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.HeartbeatReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                case 3: {
                        if (!(message.targets && message.targets.length))
                            message.targets = [];
                        message.targets.push($root.hivefs.TargetSpace.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a HeartbeatReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.HeartbeatReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.HeartbeatReq} HeartbeatReq
         */
        HeartbeatReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.HeartbeatReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.HeartbeatReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.HeartbeatReq();
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "MGMTD":
            case 1:
                message.type = 1;
                break;
            case "META":
            case 2:
                message.type = 2;
                break;
            case "STORAGE":
            case 3:
                message.type = 3;
                break;
            case "CLIENT":
            case 4:
                message.type = 4;
                break;
            }
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            if (object.targets) {
                if (!Array.isArray(object.targets))
                    throw TypeError(".hivefs.HeartbeatReq.targets: array expected");
                message.targets = [];
                for (let i = 0; i < object.targets.length; ++i) {
                    if (!$util.isObject(object.targets[i]))
                        throw TypeError(".hivefs.HeartbeatReq.targets: object expected");
                    message.targets[i] = $root.hivefs.TargetSpace.fromObject(object.targets[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a HeartbeatReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.HeartbeatReq
         * @static
         * @param {hivefs.HeartbeatReq} message HeartbeatReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HeartbeatReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.targets = [];
            if (options.defaults) {
                object.type = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.nodeId = 0;
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.NodeType[message.type] === undefined ? message.type : $root.hivefs.NodeType[message.type] : message.type;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.targets && message.targets.length) {
                object.targets = [];
                for (let j = 0; j < message.targets.length; ++j)
                    object.targets[j] = $root.hivefs.TargetSpace.toObject(message.targets[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this HeartbeatReq to JSON.
         * @function toJSON
         * @memberof hivefs.HeartbeatReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HeartbeatReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return HeartbeatReq;
    })();

    hivefs.HeartbeatResp = (function() {

        /**
         * Properties of a HeartbeatResp.
         * @memberof hivefs
         * @interface IHeartbeatResp
         * @property {number|null} [mapVersion] HeartbeatResp mapVersion
         */

        /**
         * Constructs a new HeartbeatResp.
         * @memberof hivefs
         * @classdesc Represents a HeartbeatResp.
         * @implements IHeartbeatResp
         * @constructor
         * @param {hivefs.IHeartbeatResp=} [properties] Properties to set
         */
        function HeartbeatResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HeartbeatResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.HeartbeatResp
         * @instance
         */
        HeartbeatResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new HeartbeatResp instance using the specified properties.
         * @function create
         * @memberof hivefs.HeartbeatResp
         * @static
         * @param {hivefs.IHeartbeatResp=} [properties] Properties to set
         * @returns {hivefs.HeartbeatResp} HeartbeatResp instance
         */
        HeartbeatResp.create = function create(properties) {
            return new HeartbeatResp(properties);
        };

        /**
         * Encodes the specified HeartbeatResp message. Does not implicitly {@link hivefs.HeartbeatResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.HeartbeatResp
         * @static
         * @param {hivefs.IHeartbeatResp} message HeartbeatResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HeartbeatResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a HeartbeatResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.HeartbeatResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.HeartbeatResp} HeartbeatResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HeartbeatResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.HeartbeatResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a HeartbeatResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.HeartbeatResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.HeartbeatResp} HeartbeatResp
         */
        HeartbeatResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.HeartbeatResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.HeartbeatResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.HeartbeatResp();
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a HeartbeatResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.HeartbeatResp
         * @static
         * @param {hivefs.HeartbeatResp} message HeartbeatResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HeartbeatResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this HeartbeatResp to JSON.
         * @function toJSON
         * @memberof hivefs.HeartbeatResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HeartbeatResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return HeartbeatResp;
    })();

    hivefs.GetMapReq = (function() {

        /**
         * Properties of a GetMapReq.
         * @memberof hivefs
         * @interface IGetMapReq
         */

        /**
         * Constructs a new GetMapReq.
         * @memberof hivefs
         * @classdesc Represents a GetMapReq.
         * @implements IGetMapReq
         * @constructor
         * @param {hivefs.IGetMapReq=} [properties] Properties to set
         */
        function GetMapReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new GetMapReq instance using the specified properties.
         * @function create
         * @memberof hivefs.GetMapReq
         * @static
         * @param {hivefs.IGetMapReq=} [properties] Properties to set
         * @returns {hivefs.GetMapReq} GetMapReq instance
         */
        GetMapReq.create = function create(properties) {
            return new GetMapReq(properties);
        };

        /**
         * Encodes the specified GetMapReq message. Does not implicitly {@link hivefs.GetMapReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetMapReq
         * @static
         * @param {hivefs.IGetMapReq} message GetMapReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetMapReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a GetMapReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetMapReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetMapReq} GetMapReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetMapReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetMapReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetMapReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetMapReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetMapReq} GetMapReq
         */
        GetMapReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetMapReq)
                return object;
            return new $root.hivefs.GetMapReq();
        };

        /**
         * Creates a plain object from a GetMapReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetMapReq
         * @static
         * @param {hivefs.GetMapReq} message GetMapReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetMapReq.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this GetMapReq to JSON.
         * @function toJSON
         * @memberof hivefs.GetMapReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetMapReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetMapReq;
    })();

    hivefs.GetMapResp = (function() {

        /**
         * Properties of a GetMapResp.
         * @memberof hivefs
         * @interface IGetMapResp
         * @property {hivefs.IClusterMap|null} [map] GetMapResp map
         */

        /**
         * Constructs a new GetMapResp.
         * @memberof hivefs
         * @classdesc Represents a GetMapResp.
         * @implements IGetMapResp
         * @constructor
         * @param {hivefs.IGetMapResp=} [properties] Properties to set
         */
        function GetMapResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetMapResp map.
         * @member {hivefs.IClusterMap|null|undefined} map
         * @memberof hivefs.GetMapResp
         * @instance
         */
        GetMapResp.prototype.map = null;

        /**
         * Creates a new GetMapResp instance using the specified properties.
         * @function create
         * @memberof hivefs.GetMapResp
         * @static
         * @param {hivefs.IGetMapResp=} [properties] Properties to set
         * @returns {hivefs.GetMapResp} GetMapResp instance
         */
        GetMapResp.create = function create(properties) {
            return new GetMapResp(properties);
        };

        /**
         * Encodes the specified GetMapResp message. Does not implicitly {@link hivefs.GetMapResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetMapResp
         * @static
         * @param {hivefs.IGetMapResp} message GetMapResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetMapResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.map != null && Object.hasOwnProperty.call(message, "map"))
                $root.hivefs.ClusterMap.encode(message.map, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a GetMapResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetMapResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetMapResp} GetMapResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetMapResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetMapResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.map = $root.hivefs.ClusterMap.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetMapResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetMapResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetMapResp} GetMapResp
         */
        GetMapResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetMapResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetMapResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetMapResp();
            if (object.map != null) {
                if (!$util.isObject(object.map))
                    throw TypeError(".hivefs.GetMapResp.map: object expected");
                message.map = $root.hivefs.ClusterMap.fromObject(object.map, long + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a GetMapResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetMapResp
         * @static
         * @param {hivefs.GetMapResp} message GetMapResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetMapResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.map = null;
            if (message.map != null && Object.hasOwnProperty.call(message, "map"))
                object.map = $root.hivefs.ClusterMap.toObject(message.map, options, q + 1);
            return object;
        };

        /**
         * Converts this GetMapResp to JSON.
         * @function toJSON
         * @memberof hivefs.GetMapResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetMapResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetMapResp;
    })();

    hivefs.SetTargetStateReq = (function() {

        /**
         * Properties of a SetTargetStateReq.
         * @memberof hivefs
         * @interface ISetTargetStateReq
         * @property {hivefs.NodeType|null} [nodeType] SetTargetStateReq nodeType
         * @property {number|null} [targetId] SetTargetStateReq targetId
         * @property {hivefs.Consistency|null} [expected] SetTargetStateReq expected
         * @property {hivefs.Consistency|null} [state] SetTargetStateReq state
         * @property {boolean|null} [force] SetTargetStateReq force
         */

        /**
         * Constructs a new SetTargetStateReq.
         * @memberof hivefs
         * @classdesc Represents a SetTargetStateReq.
         * @implements ISetTargetStateReq
         * @constructor
         * @param {hivefs.ISetTargetStateReq=} [properties] Properties to set
         */
        function SetTargetStateReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetTargetStateReq nodeType.
         * @member {hivefs.NodeType} nodeType
         * @memberof hivefs.SetTargetStateReq
         * @instance
         */
        SetTargetStateReq.prototype.nodeType = 0;

        /**
         * SetTargetStateReq targetId.
         * @member {number} targetId
         * @memberof hivefs.SetTargetStateReq
         * @instance
         */
        SetTargetStateReq.prototype.targetId = 0;

        /**
         * SetTargetStateReq expected.
         * @member {hivefs.Consistency} expected
         * @memberof hivefs.SetTargetStateReq
         * @instance
         */
        SetTargetStateReq.prototype.expected = 0;

        /**
         * SetTargetStateReq state.
         * @member {hivefs.Consistency} state
         * @memberof hivefs.SetTargetStateReq
         * @instance
         */
        SetTargetStateReq.prototype.state = 0;

        /**
         * SetTargetStateReq force.
         * @member {boolean} force
         * @memberof hivefs.SetTargetStateReq
         * @instance
         */
        SetTargetStateReq.prototype.force = false;

        /**
         * Creates a new SetTargetStateReq instance using the specified properties.
         * @function create
         * @memberof hivefs.SetTargetStateReq
         * @static
         * @param {hivefs.ISetTargetStateReq=} [properties] Properties to set
         * @returns {hivefs.SetTargetStateReq} SetTargetStateReq instance
         */
        SetTargetStateReq.create = function create(properties) {
            return new SetTargetStateReq(properties);
        };

        /**
         * Encodes the specified SetTargetStateReq message. Does not implicitly {@link hivefs.SetTargetStateReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetTargetStateReq
         * @static
         * @param {hivefs.ISetTargetStateReq} message SetTargetStateReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetTargetStateReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.nodeType != null && Object.hasOwnProperty.call(message, "nodeType"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.nodeType);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            if (message.expected != null && Object.hasOwnProperty.call(message, "expected"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.expected);
            if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.state);
            if (message.force != null && Object.hasOwnProperty.call(message, "force"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.force);
            return writer;
        };

        /**
         * Decodes a SetTargetStateReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetTargetStateReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetTargetStateReq} SetTargetStateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetTargetStateReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetTargetStateReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.nodeType = reader.int32();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.expected = reader.int32();
                        break;
                    }
                case 4: {
                        message.state = reader.int32();
                        break;
                    }
                case 5: {
                        message.force = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetTargetStateReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetTargetStateReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetTargetStateReq} SetTargetStateReq
         */
        SetTargetStateReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetTargetStateReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetTargetStateReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetTargetStateReq();
            switch (object.nodeType) {
            default:
                if (typeof object.nodeType === "number") {
                    message.nodeType = object.nodeType;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.nodeType = 0;
                break;
            case "MGMTD":
            case 1:
                message.nodeType = 1;
                break;
            case "META":
            case 2:
                message.nodeType = 2;
                break;
            case "STORAGE":
            case 3:
                message.nodeType = 3;
                break;
            case "CLIENT":
            case 4:
                message.nodeType = 4;
                break;
            }
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            switch (object.expected) {
            default:
                if (typeof object.expected === "number") {
                    message.expected = object.expected;
                    break;
                }
                break;
            case "CONSISTENCY_UNSPECIFIED":
            case 0:
                message.expected = 0;
                break;
            case "GOOD":
            case 1:
                message.expected = 1;
                break;
            case "NEEDS_RESYNC":
            case 2:
                message.expected = 2;
                break;
            case "BAD":
            case 3:
                message.expected = 3;
                break;
            }
            switch (object.state) {
            default:
                if (typeof object.state === "number") {
                    message.state = object.state;
                    break;
                }
                break;
            case "CONSISTENCY_UNSPECIFIED":
            case 0:
                message.state = 0;
                break;
            case "GOOD":
            case 1:
                message.state = 1;
                break;
            case "NEEDS_RESYNC":
            case 2:
                message.state = 2;
                break;
            case "BAD":
            case 3:
                message.state = 3;
                break;
            }
            if (object.force != null)
                message.force = Boolean(object.force);
            return message;
        };

        /**
         * Creates a plain object from a SetTargetStateReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetTargetStateReq
         * @static
         * @param {hivefs.SetTargetStateReq} message SetTargetStateReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetTargetStateReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.nodeType = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.targetId = 0;
                object.expected = options.enums === String ? "CONSISTENCY_UNSPECIFIED" : 0;
                object.state = options.enums === String ? "CONSISTENCY_UNSPECIFIED" : 0;
                object.force = false;
            }
            if (message.nodeType != null && Object.hasOwnProperty.call(message, "nodeType"))
                object.nodeType = options.enums === String ? $root.hivefs.NodeType[message.nodeType] === undefined ? message.nodeType : $root.hivefs.NodeType[message.nodeType] : message.nodeType;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.expected != null && Object.hasOwnProperty.call(message, "expected"))
                object.expected = options.enums === String ? $root.hivefs.Consistency[message.expected] === undefined ? message.expected : $root.hivefs.Consistency[message.expected] : message.expected;
            if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                object.state = options.enums === String ? $root.hivefs.Consistency[message.state] === undefined ? message.state : $root.hivefs.Consistency[message.state] : message.state;
            if (message.force != null && Object.hasOwnProperty.call(message, "force"))
                object.force = message.force;
            return object;
        };

        /**
         * Converts this SetTargetStateReq to JSON.
         * @function toJSON
         * @memberof hivefs.SetTargetStateReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetTargetStateReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetTargetStateReq;
    })();

    hivefs.SetTargetStateResp = (function() {

        /**
         * Properties of a SetTargetStateResp.
         * @memberof hivefs
         * @interface ISetTargetStateResp
         * @property {hivefs.Consistency|null} [state] SetTargetStateResp state
         * @property {number|null} [mapVersion] SetTargetStateResp mapVersion
         */

        /**
         * Constructs a new SetTargetStateResp.
         * @memberof hivefs
         * @classdesc Represents a SetTargetStateResp.
         * @implements ISetTargetStateResp
         * @constructor
         * @param {hivefs.ISetTargetStateResp=} [properties] Properties to set
         */
        function SetTargetStateResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetTargetStateResp state.
         * @member {hivefs.Consistency} state
         * @memberof hivefs.SetTargetStateResp
         * @instance
         */
        SetTargetStateResp.prototype.state = 0;

        /**
         * SetTargetStateResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.SetTargetStateResp
         * @instance
         */
        SetTargetStateResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SetTargetStateResp instance using the specified properties.
         * @function create
         * @memberof hivefs.SetTargetStateResp
         * @static
         * @param {hivefs.ISetTargetStateResp=} [properties] Properties to set
         * @returns {hivefs.SetTargetStateResp} SetTargetStateResp instance
         */
        SetTargetStateResp.create = function create(properties) {
            return new SetTargetStateResp(properties);
        };

        /**
         * Encodes the specified SetTargetStateResp message. Does not implicitly {@link hivefs.SetTargetStateResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.SetTargetStateResp
         * @static
         * @param {hivefs.ISetTargetStateResp} message SetTargetStateResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetTargetStateResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a SetTargetStateResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.SetTargetStateResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.SetTargetStateResp} SetTargetStateResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetTargetStateResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.SetTargetStateResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.state = reader.int32();
                        break;
                    }
                case 2: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a SetTargetStateResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.SetTargetStateResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.SetTargetStateResp} SetTargetStateResp
         */
        SetTargetStateResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.SetTargetStateResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.SetTargetStateResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.SetTargetStateResp();
            switch (object.state) {
            default:
                if (typeof object.state === "number") {
                    message.state = object.state;
                    break;
                }
                break;
            case "CONSISTENCY_UNSPECIFIED":
            case 0:
                message.state = 0;
                break;
            case "GOOD":
            case 1:
                message.state = 1;
                break;
            case "NEEDS_RESYNC":
            case 2:
                message.state = 2;
                break;
            case "BAD":
            case 3:
                message.state = 3;
                break;
            }
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a SetTargetStateResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.SetTargetStateResp
         * @static
         * @param {hivefs.SetTargetStateResp} message SetTargetStateResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SetTargetStateResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.state = options.enums === String ? "CONSISTENCY_UNSPECIFIED" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                object.state = options.enums === String ? $root.hivefs.Consistency[message.state] === undefined ? message.state : $root.hivefs.Consistency[message.state] : message.state;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this SetTargetStateResp to JSON.
         * @function toJSON
         * @memberof hivefs.SetTargetStateResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SetTargetStateResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SetTargetStateResp;
    })();

    hivefs.RemoveNodeReq = (function() {

        /**
         * Properties of a RemoveNodeReq.
         * @memberof hivefs
         * @interface IRemoveNodeReq
         * @property {hivefs.NodeType|null} [type] RemoveNodeReq type
         * @property {number|null} [nodeId] RemoveNodeReq nodeId
         */

        /**
         * Constructs a new RemoveNodeReq.
         * @memberof hivefs
         * @classdesc Represents a RemoveNodeReq.
         * @implements IRemoveNodeReq
         * @constructor
         * @param {hivefs.IRemoveNodeReq=} [properties] Properties to set
         */
        function RemoveNodeReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RemoveNodeReq type.
         * @member {hivefs.NodeType} type
         * @memberof hivefs.RemoveNodeReq
         * @instance
         */
        RemoveNodeReq.prototype.type = 0;

        /**
         * RemoveNodeReq nodeId.
         * @member {number} nodeId
         * @memberof hivefs.RemoveNodeReq
         * @instance
         */
        RemoveNodeReq.prototype.nodeId = 0;

        /**
         * Creates a new RemoveNodeReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RemoveNodeReq
         * @static
         * @param {hivefs.IRemoveNodeReq=} [properties] Properties to set
         * @returns {hivefs.RemoveNodeReq} RemoveNodeReq instance
         */
        RemoveNodeReq.create = function create(properties) {
            return new RemoveNodeReq(properties);
        };

        /**
         * Encodes the specified RemoveNodeReq message. Does not implicitly {@link hivefs.RemoveNodeReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RemoveNodeReq
         * @static
         * @param {hivefs.IRemoveNodeReq} message RemoveNodeReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveNodeReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            return writer;
        };

        /**
         * Decodes a RemoveNodeReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RemoveNodeReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RemoveNodeReq} RemoveNodeReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveNodeReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RemoveNodeReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RemoveNodeReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RemoveNodeReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RemoveNodeReq} RemoveNodeReq
         */
        RemoveNodeReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RemoveNodeReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RemoveNodeReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RemoveNodeReq();
            switch (object.type) {
            default:
                if (typeof object.type === "number") {
                    message.type = object.type;
                    break;
                }
                break;
            case "NODE_TYPE_UNSPECIFIED":
            case 0:
                message.type = 0;
                break;
            case "MGMTD":
            case 1:
                message.type = 1;
                break;
            case "META":
            case 2:
                message.type = 2;
                break;
            case "STORAGE":
            case 3:
                message.type = 3;
                break;
            case "CLIENT":
            case 4:
                message.type = 4;
                break;
            }
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a RemoveNodeReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RemoveNodeReq
         * @static
         * @param {hivefs.RemoveNodeReq} message RemoveNodeReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveNodeReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = options.enums === String ? "NODE_TYPE_UNSPECIFIED" : 0;
                object.nodeId = 0;
            }
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === String ? $root.hivefs.NodeType[message.type] === undefined ? message.type : $root.hivefs.NodeType[message.type] : message.type;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            return object;
        };

        /**
         * Converts this RemoveNodeReq to JSON.
         * @function toJSON
         * @memberof hivefs.RemoveNodeReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveNodeReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveNodeReq;
    })();

    hivefs.RemoveNodeResp = (function() {

        /**
         * Properties of a RemoveNodeResp.
         * @memberof hivefs
         * @interface IRemoveNodeResp
         * @property {number|null} [mapVersion] RemoveNodeResp mapVersion
         */

        /**
         * Constructs a new RemoveNodeResp.
         * @memberof hivefs
         * @classdesc Represents a RemoveNodeResp.
         * @implements IRemoveNodeResp
         * @constructor
         * @param {hivefs.IRemoveNodeResp=} [properties] Properties to set
         */
        function RemoveNodeResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RemoveNodeResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.RemoveNodeResp
         * @instance
         */
        RemoveNodeResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RemoveNodeResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RemoveNodeResp
         * @static
         * @param {hivefs.IRemoveNodeResp=} [properties] Properties to set
         * @returns {hivefs.RemoveNodeResp} RemoveNodeResp instance
         */
        RemoveNodeResp.create = function create(properties) {
            return new RemoveNodeResp(properties);
        };

        /**
         * Encodes the specified RemoveNodeResp message. Does not implicitly {@link hivefs.RemoveNodeResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RemoveNodeResp
         * @static
         * @param {hivefs.IRemoveNodeResp} message RemoveNodeResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveNodeResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a RemoveNodeResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RemoveNodeResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RemoveNodeResp} RemoveNodeResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveNodeResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RemoveNodeResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RemoveNodeResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RemoveNodeResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RemoveNodeResp} RemoveNodeResp
         */
        RemoveNodeResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RemoveNodeResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RemoveNodeResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RemoveNodeResp();
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a RemoveNodeResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RemoveNodeResp
         * @static
         * @param {hivefs.RemoveNodeResp} message RemoveNodeResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveNodeResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this RemoveNodeResp to JSON.
         * @function toJSON
         * @memberof hivefs.RemoveNodeResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveNodeResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveNodeResp;
    })();

    hivefs.RemoveTargetReq = (function() {

        /**
         * Properties of a RemoveTargetReq.
         * @memberof hivefs
         * @interface IRemoveTargetReq
         * @property {number|null} [targetId] RemoveTargetReq targetId
         */

        /**
         * Constructs a new RemoveTargetReq.
         * @memberof hivefs
         * @classdesc Represents a RemoveTargetReq.
         * @implements IRemoveTargetReq
         * @constructor
         * @param {hivefs.IRemoveTargetReq=} [properties] Properties to set
         */
        function RemoveTargetReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RemoveTargetReq targetId.
         * @member {number} targetId
         * @memberof hivefs.RemoveTargetReq
         * @instance
         */
        RemoveTargetReq.prototype.targetId = 0;

        /**
         * Creates a new RemoveTargetReq instance using the specified properties.
         * @function create
         * @memberof hivefs.RemoveTargetReq
         * @static
         * @param {hivefs.IRemoveTargetReq=} [properties] Properties to set
         * @returns {hivefs.RemoveTargetReq} RemoveTargetReq instance
         */
        RemoveTargetReq.create = function create(properties) {
            return new RemoveTargetReq(properties);
        };

        /**
         * Encodes the specified RemoveTargetReq message. Does not implicitly {@link hivefs.RemoveTargetReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RemoveTargetReq
         * @static
         * @param {hivefs.IRemoveTargetReq} message RemoveTargetReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveTargetReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targetId);
            return writer;
        };

        /**
         * Decodes a RemoveTargetReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RemoveTargetReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RemoveTargetReq} RemoveTargetReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveTargetReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RemoveTargetReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.targetId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RemoveTargetReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RemoveTargetReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RemoveTargetReq} RemoveTargetReq
         */
        RemoveTargetReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RemoveTargetReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RemoveTargetReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RemoveTargetReq();
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a RemoveTargetReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RemoveTargetReq
         * @static
         * @param {hivefs.RemoveTargetReq} message RemoveTargetReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveTargetReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.targetId = 0;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            return object;
        };

        /**
         * Converts this RemoveTargetReq to JSON.
         * @function toJSON
         * @memberof hivefs.RemoveTargetReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveTargetReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveTargetReq;
    })();

    hivefs.RemoveTargetResp = (function() {

        /**
         * Properties of a RemoveTargetResp.
         * @memberof hivefs
         * @interface IRemoveTargetResp
         * @property {number|null} [mapVersion] RemoveTargetResp mapVersion
         */

        /**
         * Constructs a new RemoveTargetResp.
         * @memberof hivefs
         * @classdesc Represents a RemoveTargetResp.
         * @implements IRemoveTargetResp
         * @constructor
         * @param {hivefs.IRemoveTargetResp=} [properties] Properties to set
         */
        function RemoveTargetResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RemoveTargetResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.RemoveTargetResp
         * @instance
         */
        RemoveTargetResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RemoveTargetResp instance using the specified properties.
         * @function create
         * @memberof hivefs.RemoveTargetResp
         * @static
         * @param {hivefs.IRemoveTargetResp=} [properties] Properties to set
         * @returns {hivefs.RemoveTargetResp} RemoveTargetResp instance
         */
        RemoveTargetResp.create = function create(properties) {
            return new RemoveTargetResp(properties);
        };

        /**
         * Encodes the specified RemoveTargetResp message. Does not implicitly {@link hivefs.RemoveTargetResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.RemoveTargetResp
         * @static
         * @param {hivefs.IRemoveTargetResp} message RemoveTargetResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoveTargetResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a RemoveTargetResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.RemoveTargetResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.RemoveTargetResp} RemoveTargetResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoveTargetResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.RemoveTargetResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a RemoveTargetResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.RemoveTargetResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.RemoveTargetResp} RemoveTargetResp
         */
        RemoveTargetResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.RemoveTargetResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.RemoveTargetResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.RemoveTargetResp();
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a RemoveTargetResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.RemoveTargetResp
         * @static
         * @param {hivefs.RemoveTargetResp} message RemoveTargetResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoveTargetResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this RemoveTargetResp to JSON.
         * @function toJSON
         * @memberof hivefs.RemoveTargetResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoveTargetResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoveTargetResp;
    })();

    hivefs.AuthChallenge = (function() {

        /**
         * Properties of an AuthChallenge.
         * @memberof hivefs
         * @interface IAuthChallenge
         * @property {Uint8Array|null} [nonce] AuthChallenge nonce
         * @property {number|null} [protocolVersion] AuthChallenge protocolVersion
         * @property {string|null} [service] AuthChallenge service
         */

        /**
         * Constructs a new AuthChallenge.
         * @memberof hivefs
         * @classdesc Represents an AuthChallenge.
         * @implements IAuthChallenge
         * @constructor
         * @param {hivefs.IAuthChallenge=} [properties] Properties to set
         */
        function AuthChallenge(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthChallenge nonce.
         * @member {Uint8Array} nonce
         * @memberof hivefs.AuthChallenge
         * @instance
         */
        AuthChallenge.prototype.nonce = $util.newBuffer([]);

        /**
         * AuthChallenge protocolVersion.
         * @member {number} protocolVersion
         * @memberof hivefs.AuthChallenge
         * @instance
         */
        AuthChallenge.prototype.protocolVersion = 0;

        /**
         * AuthChallenge service.
         * @member {string} service
         * @memberof hivefs.AuthChallenge
         * @instance
         */
        AuthChallenge.prototype.service = "";

        /**
         * Creates a new AuthChallenge instance using the specified properties.
         * @function create
         * @memberof hivefs.AuthChallenge
         * @static
         * @param {hivefs.IAuthChallenge=} [properties] Properties to set
         * @returns {hivefs.AuthChallenge} AuthChallenge instance
         */
        AuthChallenge.create = function create(properties) {
            return new AuthChallenge(properties);
        };

        /**
         * Encodes the specified AuthChallenge message. Does not implicitly {@link hivefs.AuthChallenge.verify|verify} messages.
         * @function encode
         * @memberof hivefs.AuthChallenge
         * @static
         * @param {hivefs.IAuthChallenge} message AuthChallenge message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthChallenge.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nonce);
            if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.protocolVersion);
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.service);
            return writer;
        };

        /**
         * Decodes an AuthChallenge message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.AuthChallenge
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.AuthChallenge} AuthChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthChallenge.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.AuthChallenge();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.nonce = reader.bytes();
                        break;
                    }
                case 2: {
                        message.protocolVersion = reader.uint32();
                        break;
                    }
                case 3: {
                        message.service = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an AuthChallenge message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.AuthChallenge
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.AuthChallenge} AuthChallenge
         */
        AuthChallenge.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.AuthChallenge)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.AuthChallenge: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.AuthChallenge();
            if (object.nonce != null)
                if (typeof object.nonce === "string")
                    $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                else if (object.nonce.length >= 0)
                    message.nonce = object.nonce;
            if (object.protocolVersion != null)
                message.protocolVersion = object.protocolVersion >>> 0;
            if (object.service != null)
                message.service = String(object.service);
            return message;
        };

        /**
         * Creates a plain object from an AuthChallenge message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.AuthChallenge
         * @static
         * @param {hivefs.AuthChallenge} message AuthChallenge
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthChallenge.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === String)
                    object.nonce = "";
                else {
                    object.nonce = [];
                    if (options.bytes !== Array)
                        object.nonce = $util.newBuffer(object.nonce);
                }
                object.protocolVersion = 0;
                object.service = "";
            }
            if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                object.nonce = options.bytes === String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === Array ? Array.prototype.slice.call(message.nonce) : message.nonce;
            if (message.protocolVersion != null && Object.hasOwnProperty.call(message, "protocolVersion"))
                object.protocolVersion = message.protocolVersion;
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                object.service = message.service;
            return object;
        };

        /**
         * Converts this AuthChallenge to JSON.
         * @function toJSON
         * @memberof hivefs.AuthChallenge
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthChallenge.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AuthChallenge;
    })();

    hivefs.AuthResponse = (function() {

        /**
         * Properties of an AuthResponse.
         * @memberof hivefs
         * @interface IAuthResponse
         * @property {Uint8Array|null} [mac] AuthResponse mac
         * @property {Uint8Array|null} [nonce] AuthResponse nonce
         */

        /**
         * Constructs a new AuthResponse.
         * @memberof hivefs
         * @classdesc Represents an AuthResponse.
         * @implements IAuthResponse
         * @constructor
         * @param {hivefs.IAuthResponse=} [properties] Properties to set
         */
        function AuthResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthResponse mac.
         * @member {Uint8Array} mac
         * @memberof hivefs.AuthResponse
         * @instance
         */
        AuthResponse.prototype.mac = $util.newBuffer([]);

        /**
         * AuthResponse nonce.
         * @member {Uint8Array} nonce
         * @memberof hivefs.AuthResponse
         * @instance
         */
        AuthResponse.prototype.nonce = $util.newBuffer([]);

        /**
         * Creates a new AuthResponse instance using the specified properties.
         * @function create
         * @memberof hivefs.AuthResponse
         * @static
         * @param {hivefs.IAuthResponse=} [properties] Properties to set
         * @returns {hivefs.AuthResponse} AuthResponse instance
         */
        AuthResponse.create = function create(properties) {
            return new AuthResponse(properties);
        };

        /**
         * Encodes the specified AuthResponse message. Does not implicitly {@link hivefs.AuthResponse.verify|verify} messages.
         * @function encode
         * @memberof hivefs.AuthResponse
         * @static
         * @param {hivefs.IAuthResponse} message AuthResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.mac != null && Object.hasOwnProperty.call(message, "mac"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.mac);
            if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.nonce);
            return writer;
        };

        /**
         * Decodes an AuthResponse message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.AuthResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.AuthResponse} AuthResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.AuthResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.mac = reader.bytes();
                        break;
                    }
                case 2: {
                        message.nonce = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an AuthResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.AuthResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.AuthResponse} AuthResponse
         */
        AuthResponse.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.AuthResponse)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.AuthResponse: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.AuthResponse();
            if (object.mac != null)
                if (typeof object.mac === "string")
                    $util.base64.decode(object.mac, message.mac = $util.newBuffer($util.base64.length(object.mac)), 0);
                else if (object.mac.length >= 0)
                    message.mac = object.mac;
            if (object.nonce != null)
                if (typeof object.nonce === "string")
                    $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                else if (object.nonce.length >= 0)
                    message.nonce = object.nonce;
            return message;
        };

        /**
         * Creates a plain object from an AuthResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.AuthResponse
         * @static
         * @param {hivefs.AuthResponse} message AuthResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthResponse.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if (options.bytes === String)
                    object.mac = "";
                else {
                    object.mac = [];
                    if (options.bytes !== Array)
                        object.mac = $util.newBuffer(object.mac);
                }
                if (options.bytes === String)
                    object.nonce = "";
                else {
                    object.nonce = [];
                    if (options.bytes !== Array)
                        object.nonce = $util.newBuffer(object.nonce);
                }
            }
            if (message.mac != null && Object.hasOwnProperty.call(message, "mac"))
                object.mac = options.bytes === String ? $util.base64.encode(message.mac, 0, message.mac.length) : options.bytes === Array ? Array.prototype.slice.call(message.mac) : message.mac;
            if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                object.nonce = options.bytes === String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === Array ? Array.prototype.slice.call(message.nonce) : message.nonce;
            return object;
        };

        /**
         * Converts this AuthResponse to JSON.
         * @function toJSON
         * @memberof hivefs.AuthResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthResponse.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AuthResponse;
    })();

    hivefs.AuthResult = (function() {

        /**
         * Properties of an AuthResult.
         * @memberof hivefs
         * @interface IAuthResult
         * @property {Uint8Array|null} [mac] AuthResult mac
         */

        /**
         * Constructs a new AuthResult.
         * @memberof hivefs
         * @classdesc Represents an AuthResult.
         * @implements IAuthResult
         * @constructor
         * @param {hivefs.IAuthResult=} [properties] Properties to set
         */
        function AuthResult(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthResult mac.
         * @member {Uint8Array} mac
         * @memberof hivefs.AuthResult
         * @instance
         */
        AuthResult.prototype.mac = $util.newBuffer([]);

        /**
         * Creates a new AuthResult instance using the specified properties.
         * @function create
         * @memberof hivefs.AuthResult
         * @static
         * @param {hivefs.IAuthResult=} [properties] Properties to set
         * @returns {hivefs.AuthResult} AuthResult instance
         */
        AuthResult.create = function create(properties) {
            return new AuthResult(properties);
        };

        /**
         * Encodes the specified AuthResult message. Does not implicitly {@link hivefs.AuthResult.verify|verify} messages.
         * @function encode
         * @memberof hivefs.AuthResult
         * @static
         * @param {hivefs.IAuthResult} message AuthResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthResult.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.mac != null && Object.hasOwnProperty.call(message, "mac"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.mac);
            return writer;
        };

        /**
         * Decodes an AuthResult message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.AuthResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.AuthResult} AuthResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthResult.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.AuthResult();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.mac = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an AuthResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.AuthResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.AuthResult} AuthResult
         */
        AuthResult.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.AuthResult)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.AuthResult: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.AuthResult();
            if (object.mac != null)
                if (typeof object.mac === "string")
                    $util.base64.decode(object.mac, message.mac = $util.newBuffer($util.base64.length(object.mac)), 0);
                else if (object.mac.length >= 0)
                    message.mac = object.mac;
            return message;
        };

        /**
         * Creates a plain object from an AuthResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.AuthResult
         * @static
         * @param {hivefs.AuthResult} message AuthResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthResult.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === String)
                    object.mac = "";
                else {
                    object.mac = [];
                    if (options.bytes !== Array)
                        object.mac = $util.newBuffer(object.mac);
                }
            if (message.mac != null && Object.hasOwnProperty.call(message, "mac"))
                object.mac = options.bytes === String ? $util.base64.encode(message.mac, 0, message.mac.length) : options.bytes === Array ? Array.prototype.slice.call(message.mac) : message.mac;
            return object;
        };

        /**
         * Converts this AuthResult to JSON.
         * @function toJSON
         * @memberof hivefs.AuthResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthResult.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AuthResult;
    })();

    hivefs.PingReq = (function() {

        /**
         * Properties of a PingReq.
         * @memberof hivefs
         * @interface IPingReq
         */

        /**
         * Constructs a new PingReq.
         * @memberof hivefs
         * @classdesc Represents a PingReq.
         * @implements IPingReq
         * @constructor
         * @param {hivefs.IPingReq=} [properties] Properties to set
         */
        function PingReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new PingReq instance using the specified properties.
         * @function create
         * @memberof hivefs.PingReq
         * @static
         * @param {hivefs.IPingReq=} [properties] Properties to set
         * @returns {hivefs.PingReq} PingReq instance
         */
        PingReq.create = function create(properties) {
            return new PingReq(properties);
        };

        /**
         * Encodes the specified PingReq message. Does not implicitly {@link hivefs.PingReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.PingReq
         * @static
         * @param {hivefs.IPingReq} message PingReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PingReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a PingReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.PingReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.PingReq} PingReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PingReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.PingReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.PingReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.PingReq} PingReq
         */
        PingReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.PingReq)
                return object;
            return new $root.hivefs.PingReq();
        };

        /**
         * Creates a plain object from a PingReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.PingReq
         * @static
         * @param {hivefs.PingReq} message PingReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PingReq.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this PingReq to JSON.
         * @function toJSON
         * @memberof hivefs.PingReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PingReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PingReq;
    })();

    hivefs.PingResp = (function() {

        /**
         * Properties of a PingResp.
         * @memberof hivefs
         * @interface IPingResp
         * @property {string|null} [service] PingResp service
         * @property {number|null} [nodeId] PingResp nodeId
         * @property {number|null} [mapVersion] PingResp mapVersion
         */

        /**
         * Constructs a new PingResp.
         * @memberof hivefs
         * @classdesc Represents a PingResp.
         * @implements IPingResp
         * @constructor
         * @param {hivefs.IPingResp=} [properties] Properties to set
         */
        function PingResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * PingResp service.
         * @member {string} service
         * @memberof hivefs.PingResp
         * @instance
         */
        PingResp.prototype.service = "";

        /**
         * PingResp nodeId.
         * @member {number} nodeId
         * @memberof hivefs.PingResp
         * @instance
         */
        PingResp.prototype.nodeId = 0;

        /**
         * PingResp mapVersion.
         * @member {number} mapVersion
         * @memberof hivefs.PingResp
         * @instance
         */
        PingResp.prototype.mapVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new PingResp instance using the specified properties.
         * @function create
         * @memberof hivefs.PingResp
         * @static
         * @param {hivefs.IPingResp=} [properties] Properties to set
         * @returns {hivefs.PingResp} PingResp instance
         */
        PingResp.create = function create(properties) {
            return new PingResp(properties);
        };

        /**
         * Encodes the specified PingResp message. Does not implicitly {@link hivefs.PingResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.PingResp
         * @static
         * @param {hivefs.IPingResp} message PingResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PingResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nodeId);
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.mapVersion);
            return writer;
        };

        /**
         * Decodes a PingResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.PingResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.PingResp} PingResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PingResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.PingResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.service = reader.string();
                        break;
                    }
                case 2: {
                        message.nodeId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.mapVersion = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a PingResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.PingResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.PingResp} PingResp
         */
        PingResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.PingResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.PingResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.PingResp();
            if (object.service != null)
                message.service = String(object.service);
            if (object.nodeId != null)
                message.nodeId = object.nodeId >>> 0;
            if (object.mapVersion != null)
                if ($util.Long)
                    message.mapVersion = $util.Long.fromValue(object.mapVersion, true);
                else if (typeof object.mapVersion === "string")
                    message.mapVersion = parseInt(object.mapVersion, 10);
                else if (typeof object.mapVersion === "number")
                    message.mapVersion = object.mapVersion;
                else if (typeof object.mapVersion === "object")
                    message.mapVersion = new $util.LongBits(object.mapVersion.low >>> 0, object.mapVersion.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a PingResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.PingResp
         * @static
         * @param {hivefs.PingResp} message PingResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PingResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.service = "";
                object.nodeId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.mapVersion = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.mapVersion = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.service != null && Object.hasOwnProperty.call(message, "service"))
                object.service = message.service;
            if (message.nodeId != null && Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.mapVersion != null && Object.hasOwnProperty.call(message, "mapVersion"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.mapVersion = typeof message.mapVersion === "number" ? BigInt(message.mapVersion) : $util.Long.fromBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0, true).toBigInt();
                else if (typeof message.mapVersion === "number")
                    object.mapVersion = options.longs === String ? String(message.mapVersion) : message.mapVersion;
                else
                    object.mapVersion = options.longs === String ? $util.Long.prototype.toString.call(message.mapVersion) : options.longs === Number ? new $util.LongBits(message.mapVersion.low >>> 0, message.mapVersion.high >>> 0).toNumber(true) : message.mapVersion;
            return object;
        };

        /**
         * Converts this PingResp to JSON.
         * @function toJSON
         * @memberof hivefs.PingResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PingResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PingResp;
    })();

    hivefs.WriteChunkReq = (function() {

        /**
         * Properties of a WriteChunkReq.
         * @memberof hivefs
         * @interface IWriteChunkReq
         * @property {string|null} [entryId] WriteChunkReq entryId
         * @property {number|null} [targetId] WriteChunkReq targetId
         * @property {number|null} [offset] WriteChunkReq offset
         */

        /**
         * Constructs a new WriteChunkReq.
         * @memberof hivefs
         * @classdesc Represents a WriteChunkReq.
         * @implements IWriteChunkReq
         * @constructor
         * @param {hivefs.IWriteChunkReq=} [properties] Properties to set
         */
        function WriteChunkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * WriteChunkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.WriteChunkReq
         * @instance
         */
        WriteChunkReq.prototype.entryId = "";

        /**
         * WriteChunkReq targetId.
         * @member {number} targetId
         * @memberof hivefs.WriteChunkReq
         * @instance
         */
        WriteChunkReq.prototype.targetId = 0;

        /**
         * WriteChunkReq offset.
         * @member {number} offset
         * @memberof hivefs.WriteChunkReq
         * @instance
         */
        WriteChunkReq.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WriteChunkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.WriteChunkReq
         * @static
         * @param {hivefs.IWriteChunkReq=} [properties] Properties to set
         * @returns {hivefs.WriteChunkReq} WriteChunkReq instance
         */
        WriteChunkReq.create = function create(properties) {
            return new WriteChunkReq(properties);
        };

        /**
         * Encodes the specified WriteChunkReq message. Does not implicitly {@link hivefs.WriteChunkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.WriteChunkReq
         * @static
         * @param {hivefs.IWriteChunkReq} message WriteChunkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteChunkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
            return writer;
        };

        /**
         * Decodes a WriteChunkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.WriteChunkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.WriteChunkReq} WriteChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteChunkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.WriteChunkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.offset = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a WriteChunkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.WriteChunkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.WriteChunkReq} WriteChunkReq
         */
        WriteChunkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.WriteChunkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.WriteChunkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.WriteChunkReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.offset != null)
                if ($util.Long)
                    message.offset = $util.Long.fromValue(object.offset, true);
                else if (typeof object.offset === "string")
                    message.offset = parseInt(object.offset, 10);
                else if (typeof object.offset === "number")
                    message.offset = object.offset;
                else if (typeof object.offset === "object")
                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a WriteChunkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.WriteChunkReq
         * @static
         * @param {hivefs.WriteChunkReq} message WriteChunkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WriteChunkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entryId = "";
                object.targetId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.offset = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.offset = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.offset = typeof message.offset === "number" ? BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                else if (typeof message.offset === "number")
                    object.offset = options.longs === String ? String(message.offset) : message.offset;
                else
                    object.offset = options.longs === String ? $util.Long.prototype.toString.call(message.offset) : options.longs === Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
            return object;
        };

        /**
         * Converts this WriteChunkReq to JSON.
         * @function toJSON
         * @memberof hivefs.WriteChunkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WriteChunkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WriteChunkReq;
    })();

    hivefs.WriteChunkResp = (function() {

        /**
         * Properties of a WriteChunkResp.
         * @memberof hivefs
         * @interface IWriteChunkResp
         * @property {number|null} [written] WriteChunkResp written
         * @property {number|null} [blocks] WriteChunkResp blocks
         */

        /**
         * Constructs a new WriteChunkResp.
         * @memberof hivefs
         * @classdesc Represents a WriteChunkResp.
         * @implements IWriteChunkResp
         * @constructor
         * @param {hivefs.IWriteChunkResp=} [properties] Properties to set
         */
        function WriteChunkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * WriteChunkResp written.
         * @member {number} written
         * @memberof hivefs.WriteChunkResp
         * @instance
         */
        WriteChunkResp.prototype.written = 0;

        /**
         * WriteChunkResp blocks.
         * @member {number} blocks
         * @memberof hivefs.WriteChunkResp
         * @instance
         */
        WriteChunkResp.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new WriteChunkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.WriteChunkResp
         * @static
         * @param {hivefs.IWriteChunkResp=} [properties] Properties to set
         * @returns {hivefs.WriteChunkResp} WriteChunkResp instance
         */
        WriteChunkResp.create = function create(properties) {
            return new WriteChunkResp(properties);
        };

        /**
         * Encodes the specified WriteChunkResp message. Does not implicitly {@link hivefs.WriteChunkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.WriteChunkResp
         * @static
         * @param {hivefs.IWriteChunkResp} message WriteChunkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WriteChunkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.written != null && Object.hasOwnProperty.call(message, "written"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.written);
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.blocks);
            return writer;
        };

        /**
         * Decodes a WriteChunkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.WriteChunkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.WriteChunkResp} WriteChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WriteChunkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.WriteChunkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.written = reader.uint32();
                        break;
                    }
                case 2: {
                        message.blocks = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a WriteChunkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.WriteChunkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.WriteChunkResp} WriteChunkResp
         */
        WriteChunkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.WriteChunkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.WriteChunkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.WriteChunkResp();
            if (object.written != null)
                message.written = object.written >>> 0;
            if (object.blocks != null)
                if ($util.Long)
                    message.blocks = $util.Long.fromValue(object.blocks, true);
                else if (typeof object.blocks === "string")
                    message.blocks = parseInt(object.blocks, 10);
                else if (typeof object.blocks === "number")
                    message.blocks = object.blocks;
                else if (typeof object.blocks === "object")
                    message.blocks = new $util.LongBits(object.blocks.low >>> 0, object.blocks.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a WriteChunkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.WriteChunkResp
         * @static
         * @param {hivefs.WriteChunkResp} message WriteChunkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WriteChunkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.written = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.blocks = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.blocks = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.written != null && Object.hasOwnProperty.call(message, "written"))
                object.written = message.written;
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.blocks = typeof message.blocks === "number" ? BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
                else if (typeof message.blocks === "number")
                    object.blocks = options.longs === String ? String(message.blocks) : message.blocks;
                else
                    object.blocks = options.longs === String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
            return object;
        };

        /**
         * Converts this WriteChunkResp to JSON.
         * @function toJSON
         * @memberof hivefs.WriteChunkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WriteChunkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WriteChunkResp;
    })();

    hivefs.ReadChunkReq = (function() {

        /**
         * Properties of a ReadChunkReq.
         * @memberof hivefs
         * @interface IReadChunkReq
         * @property {string|null} [entryId] ReadChunkReq entryId
         * @property {number|null} [targetId] ReadChunkReq targetId
         * @property {number|null} [offset] ReadChunkReq offset
         * @property {number|null} [length] ReadChunkReq length
         */

        /**
         * Constructs a new ReadChunkReq.
         * @memberof hivefs
         * @classdesc Represents a ReadChunkReq.
         * @implements IReadChunkReq
         * @constructor
         * @param {hivefs.IReadChunkReq=} [properties] Properties to set
         */
        function ReadChunkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReadChunkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.ReadChunkReq
         * @instance
         */
        ReadChunkReq.prototype.entryId = "";

        /**
         * ReadChunkReq targetId.
         * @member {number} targetId
         * @memberof hivefs.ReadChunkReq
         * @instance
         */
        ReadChunkReq.prototype.targetId = 0;

        /**
         * ReadChunkReq offset.
         * @member {number} offset
         * @memberof hivefs.ReadChunkReq
         * @instance
         */
        ReadChunkReq.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ReadChunkReq length.
         * @member {number} length
         * @memberof hivefs.ReadChunkReq
         * @instance
         */
        ReadChunkReq.prototype.length = 0;

        /**
         * Creates a new ReadChunkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.ReadChunkReq
         * @static
         * @param {hivefs.IReadChunkReq=} [properties] Properties to set
         * @returns {hivefs.ReadChunkReq} ReadChunkReq instance
         */
        ReadChunkReq.create = function create(properties) {
            return new ReadChunkReq(properties);
        };

        /**
         * Encodes the specified ReadChunkReq message. Does not implicitly {@link hivefs.ReadChunkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReadChunkReq
         * @static
         * @param {hivefs.IReadChunkReq} message ReadChunkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadChunkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.length);
            return writer;
        };

        /**
         * Decodes a ReadChunkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReadChunkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReadChunkReq} ReadChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadChunkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReadChunkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.offset = reader.uint64();
                        break;
                    }
                case 4: {
                        message.length = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReadChunkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReadChunkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReadChunkReq} ReadChunkReq
         */
        ReadChunkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReadChunkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReadChunkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReadChunkReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.offset != null)
                if ($util.Long)
                    message.offset = $util.Long.fromValue(object.offset, true);
                else if (typeof object.offset === "string")
                    message.offset = parseInt(object.offset, 10);
                else if (typeof object.offset === "number")
                    message.offset = object.offset;
                else if (typeof object.offset === "object")
                    message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
            if (object.length != null)
                message.length = object.length >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ReadChunkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReadChunkReq
         * @static
         * @param {hivefs.ReadChunkReq} message ReadChunkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReadChunkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entryId = "";
                object.targetId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.offset = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.offset = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                object.length = 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.offset = typeof message.offset === "number" ? BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                else if (typeof message.offset === "number")
                    object.offset = options.longs === String ? String(message.offset) : message.offset;
                else
                    object.offset = options.longs === String ? $util.Long.prototype.toString.call(message.offset) : options.longs === Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                object.length = message.length;
            return object;
        };

        /**
         * Converts this ReadChunkReq to JSON.
         * @function toJSON
         * @memberof hivefs.ReadChunkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReadChunkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReadChunkReq;
    })();

    hivefs.ReadChunkResp = (function() {

        /**
         * Properties of a ReadChunkResp.
         * @memberof hivefs
         * @interface IReadChunkResp
         * @property {number|null} [length] ReadChunkResp length
         */

        /**
         * Constructs a new ReadChunkResp.
         * @memberof hivefs
         * @classdesc Represents a ReadChunkResp.
         * @implements IReadChunkResp
         * @constructor
         * @param {hivefs.IReadChunkResp=} [properties] Properties to set
         */
        function ReadChunkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ReadChunkResp length.
         * @member {number} length
         * @memberof hivefs.ReadChunkResp
         * @instance
         */
        ReadChunkResp.prototype.length = 0;

        /**
         * Creates a new ReadChunkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.ReadChunkResp
         * @static
         * @param {hivefs.IReadChunkResp=} [properties] Properties to set
         * @returns {hivefs.ReadChunkResp} ReadChunkResp instance
         */
        ReadChunkResp.create = function create(properties) {
            return new ReadChunkResp(properties);
        };

        /**
         * Encodes the specified ReadChunkResp message. Does not implicitly {@link hivefs.ReadChunkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ReadChunkResp
         * @static
         * @param {hivefs.IReadChunkResp} message ReadChunkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReadChunkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.length);
            return writer;
        };

        /**
         * Decodes a ReadChunkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ReadChunkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ReadChunkResp} ReadChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReadChunkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ReadChunkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.length = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ReadChunkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ReadChunkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ReadChunkResp} ReadChunkResp
         */
        ReadChunkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ReadChunkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ReadChunkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ReadChunkResp();
            if (object.length != null)
                message.length = object.length >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ReadChunkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ReadChunkResp
         * @static
         * @param {hivefs.ReadChunkResp} message ReadChunkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ReadChunkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.length = 0;
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                object.length = message.length;
            return object;
        };

        /**
         * Converts this ReadChunkResp to JSON.
         * @function toJSON
         * @memberof hivefs.ReadChunkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ReadChunkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ReadChunkResp;
    })();

    hivefs.TruncateChunkReq = (function() {

        /**
         * Properties of a TruncateChunkReq.
         * @memberof hivefs
         * @interface ITruncateChunkReq
         * @property {string|null} [entryId] TruncateChunkReq entryId
         * @property {number|null} [targetId] TruncateChunkReq targetId
         * @property {number|null} [length] TruncateChunkReq length
         */

        /**
         * Constructs a new TruncateChunkReq.
         * @memberof hivefs
         * @classdesc Represents a TruncateChunkReq.
         * @implements ITruncateChunkReq
         * @constructor
         * @param {hivefs.ITruncateChunkReq=} [properties] Properties to set
         */
        function TruncateChunkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TruncateChunkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.TruncateChunkReq
         * @instance
         */
        TruncateChunkReq.prototype.entryId = "";

        /**
         * TruncateChunkReq targetId.
         * @member {number} targetId
         * @memberof hivefs.TruncateChunkReq
         * @instance
         */
        TruncateChunkReq.prototype.targetId = 0;

        /**
         * TruncateChunkReq length.
         * @member {number} length
         * @memberof hivefs.TruncateChunkReq
         * @instance
         */
        TruncateChunkReq.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TruncateChunkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.TruncateChunkReq
         * @static
         * @param {hivefs.ITruncateChunkReq=} [properties] Properties to set
         * @returns {hivefs.TruncateChunkReq} TruncateChunkReq instance
         */
        TruncateChunkReq.create = function create(properties) {
            return new TruncateChunkReq(properties);
        };

        /**
         * Encodes the specified TruncateChunkReq message. Does not implicitly {@link hivefs.TruncateChunkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.TruncateChunkReq
         * @static
         * @param {hivefs.ITruncateChunkReq} message TruncateChunkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TruncateChunkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.length);
            return writer;
        };

        /**
         * Decodes a TruncateChunkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.TruncateChunkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.TruncateChunkReq} TruncateChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TruncateChunkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.TruncateChunkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                case 3: {
                        message.length = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a TruncateChunkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.TruncateChunkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.TruncateChunkReq} TruncateChunkReq
         */
        TruncateChunkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.TruncateChunkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.TruncateChunkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.TruncateChunkReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            if (object.length != null)
                if ($util.Long)
                    message.length = $util.Long.fromValue(object.length, true);
                else if (typeof object.length === "string")
                    message.length = parseInt(object.length, 10);
                else if (typeof object.length === "number")
                    message.length = object.length;
                else if (typeof object.length === "object")
                    message.length = new $util.LongBits(object.length.low >>> 0, object.length.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a TruncateChunkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.TruncateChunkReq
         * @static
         * @param {hivefs.TruncateChunkReq} message TruncateChunkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TruncateChunkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entryId = "";
                object.targetId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.length = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.length = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            if (message.length != null && Object.hasOwnProperty.call(message, "length"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.length = typeof message.length === "number" ? BigInt(message.length) : $util.Long.fromBits(message.length.low >>> 0, message.length.high >>> 0, true).toBigInt();
                else if (typeof message.length === "number")
                    object.length = options.longs === String ? String(message.length) : message.length;
                else
                    object.length = options.longs === String ? $util.Long.prototype.toString.call(message.length) : options.longs === Number ? new $util.LongBits(message.length.low >>> 0, message.length.high >>> 0).toNumber(true) : message.length;
            return object;
        };

        /**
         * Converts this TruncateChunkReq to JSON.
         * @function toJSON
         * @memberof hivefs.TruncateChunkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TruncateChunkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TruncateChunkReq;
    })();

    hivefs.TruncateChunkResp = (function() {

        /**
         * Properties of a TruncateChunkResp.
         * @memberof hivefs
         * @interface ITruncateChunkResp
         * @property {number|null} [blocks] TruncateChunkResp blocks
         */

        /**
         * Constructs a new TruncateChunkResp.
         * @memberof hivefs
         * @classdesc Represents a TruncateChunkResp.
         * @implements ITruncateChunkResp
         * @constructor
         * @param {hivefs.ITruncateChunkResp=} [properties] Properties to set
         */
        function TruncateChunkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TruncateChunkResp blocks.
         * @member {number} blocks
         * @memberof hivefs.TruncateChunkResp
         * @instance
         */
        TruncateChunkResp.prototype.blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TruncateChunkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.TruncateChunkResp
         * @static
         * @param {hivefs.ITruncateChunkResp=} [properties] Properties to set
         * @returns {hivefs.TruncateChunkResp} TruncateChunkResp instance
         */
        TruncateChunkResp.create = function create(properties) {
            return new TruncateChunkResp(properties);
        };

        /**
         * Encodes the specified TruncateChunkResp message. Does not implicitly {@link hivefs.TruncateChunkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.TruncateChunkResp
         * @static
         * @param {hivefs.ITruncateChunkResp} message TruncateChunkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TruncateChunkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.blocks);
            return writer;
        };

        /**
         * Decodes a TruncateChunkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.TruncateChunkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.TruncateChunkResp} TruncateChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TruncateChunkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.TruncateChunkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.blocks = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a TruncateChunkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.TruncateChunkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.TruncateChunkResp} TruncateChunkResp
         */
        TruncateChunkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.TruncateChunkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.TruncateChunkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.TruncateChunkResp();
            if (object.blocks != null)
                if ($util.Long)
                    message.blocks = $util.Long.fromValue(object.blocks, true);
                else if (typeof object.blocks === "string")
                    message.blocks = parseInt(object.blocks, 10);
                else if (typeof object.blocks === "number")
                    message.blocks = object.blocks;
                else if (typeof object.blocks === "object")
                    message.blocks = new $util.LongBits(object.blocks.low >>> 0, object.blocks.high >>> 0).toNumber(true);
            return message;
        };

        /**
         * Creates a plain object from a TruncateChunkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.TruncateChunkResp
         * @static
         * @param {hivefs.TruncateChunkResp} message TruncateChunkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TruncateChunkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.blocks = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                } else
                    object.blocks = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
            if (message.blocks != null && Object.hasOwnProperty.call(message, "blocks"))
                if (typeof BigInt !== "undefined" && options.longs === BigInt)
                    object.blocks = typeof message.blocks === "number" ? BigInt(message.blocks) : $util.Long.fromBits(message.blocks.low >>> 0, message.blocks.high >>> 0, true).toBigInt();
                else if (typeof message.blocks === "number")
                    object.blocks = options.longs === String ? String(message.blocks) : message.blocks;
                else
                    object.blocks = options.longs === String ? $util.Long.prototype.toString.call(message.blocks) : options.longs === Number ? new $util.LongBits(message.blocks.low >>> 0, message.blocks.high >>> 0).toNumber(true) : message.blocks;
            return object;
        };

        /**
         * Converts this TruncateChunkResp to JSON.
         * @function toJSON
         * @memberof hivefs.TruncateChunkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TruncateChunkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TruncateChunkResp;
    })();

    hivefs.UnlinkChunkReq = (function() {

        /**
         * Properties of an UnlinkChunkReq.
         * @memberof hivefs
         * @interface IUnlinkChunkReq
         * @property {string|null} [entryId] UnlinkChunkReq entryId
         * @property {number|null} [targetId] UnlinkChunkReq targetId
         */

        /**
         * Constructs a new UnlinkChunkReq.
         * @memberof hivefs
         * @classdesc Represents an UnlinkChunkReq.
         * @implements IUnlinkChunkReq
         * @constructor
         * @param {hivefs.IUnlinkChunkReq=} [properties] Properties to set
         */
        function UnlinkChunkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnlinkChunkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.UnlinkChunkReq
         * @instance
         */
        UnlinkChunkReq.prototype.entryId = "";

        /**
         * UnlinkChunkReq targetId.
         * @member {number} targetId
         * @memberof hivefs.UnlinkChunkReq
         * @instance
         */
        UnlinkChunkReq.prototype.targetId = 0;

        /**
         * Creates a new UnlinkChunkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.UnlinkChunkReq
         * @static
         * @param {hivefs.IUnlinkChunkReq=} [properties] Properties to set
         * @returns {hivefs.UnlinkChunkReq} UnlinkChunkReq instance
         */
        UnlinkChunkReq.create = function create(properties) {
            return new UnlinkChunkReq(properties);
        };

        /**
         * Encodes the specified UnlinkChunkReq message. Does not implicitly {@link hivefs.UnlinkChunkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.UnlinkChunkReq
         * @static
         * @param {hivefs.IUnlinkChunkReq} message UnlinkChunkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlinkChunkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            return writer;
        };

        /**
         * Decodes an UnlinkChunkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.UnlinkChunkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.UnlinkChunkReq} UnlinkChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlinkChunkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.UnlinkChunkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an UnlinkChunkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.UnlinkChunkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.UnlinkChunkReq} UnlinkChunkReq
         */
        UnlinkChunkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.UnlinkChunkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.UnlinkChunkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.UnlinkChunkReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an UnlinkChunkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.UnlinkChunkReq
         * @static
         * @param {hivefs.UnlinkChunkReq} message UnlinkChunkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlinkChunkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entryId = "";
                object.targetId = 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            return object;
        };

        /**
         * Converts this UnlinkChunkReq to JSON.
         * @function toJSON
         * @memberof hivefs.UnlinkChunkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlinkChunkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UnlinkChunkReq;
    })();

    hivefs.UnlinkChunkResp = (function() {

        /**
         * Properties of an UnlinkChunkResp.
         * @memberof hivefs
         * @interface IUnlinkChunkResp
         * @property {boolean|null} [existed] UnlinkChunkResp existed
         */

        /**
         * Constructs a new UnlinkChunkResp.
         * @memberof hivefs
         * @classdesc Represents an UnlinkChunkResp.
         * @implements IUnlinkChunkResp
         * @constructor
         * @param {hivefs.IUnlinkChunkResp=} [properties] Properties to set
         */
        function UnlinkChunkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnlinkChunkResp existed.
         * @member {boolean} existed
         * @memberof hivefs.UnlinkChunkResp
         * @instance
         */
        UnlinkChunkResp.prototype.existed = false;

        /**
         * Creates a new UnlinkChunkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.UnlinkChunkResp
         * @static
         * @param {hivefs.IUnlinkChunkResp=} [properties] Properties to set
         * @returns {hivefs.UnlinkChunkResp} UnlinkChunkResp instance
         */
        UnlinkChunkResp.create = function create(properties) {
            return new UnlinkChunkResp(properties);
        };

        /**
         * Encodes the specified UnlinkChunkResp message. Does not implicitly {@link hivefs.UnlinkChunkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.UnlinkChunkResp
         * @static
         * @param {hivefs.IUnlinkChunkResp} message UnlinkChunkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlinkChunkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.existed != null && Object.hasOwnProperty.call(message, "existed"))
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.existed);
            return writer;
        };

        /**
         * Decodes an UnlinkChunkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.UnlinkChunkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.UnlinkChunkResp} UnlinkChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlinkChunkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.UnlinkChunkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.existed = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an UnlinkChunkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.UnlinkChunkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.UnlinkChunkResp} UnlinkChunkResp
         */
        UnlinkChunkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.UnlinkChunkResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.UnlinkChunkResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.UnlinkChunkResp();
            if (object.existed != null)
                message.existed = Boolean(object.existed);
            return message;
        };

        /**
         * Creates a plain object from an UnlinkChunkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.UnlinkChunkResp
         * @static
         * @param {hivefs.UnlinkChunkResp} message UnlinkChunkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlinkChunkResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.existed = false;
            if (message.existed != null && Object.hasOwnProperty.call(message, "existed"))
                object.existed = message.existed;
            return object;
        };

        /**
         * Converts this UnlinkChunkResp to JSON.
         * @function toJSON
         * @memberof hivefs.UnlinkChunkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlinkChunkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UnlinkChunkResp;
    })();

    hivefs.ChunkRef = (function() {

        /**
         * Properties of a ChunkRef.
         * @memberof hivefs
         * @interface IChunkRef
         * @property {string|null} [entryId] ChunkRef entryId
         * @property {number|null} [targetId] ChunkRef targetId
         */

        /**
         * Constructs a new ChunkRef.
         * @memberof hivefs
         * @classdesc Represents a ChunkRef.
         * @implements IChunkRef
         * @constructor
         * @param {hivefs.IChunkRef=} [properties] Properties to set
         */
        function ChunkRef(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ChunkRef entryId.
         * @member {string} entryId
         * @memberof hivefs.ChunkRef
         * @instance
         */
        ChunkRef.prototype.entryId = "";

        /**
         * ChunkRef targetId.
         * @member {number} targetId
         * @memberof hivefs.ChunkRef
         * @instance
         */
        ChunkRef.prototype.targetId = 0;

        /**
         * Creates a new ChunkRef instance using the specified properties.
         * @function create
         * @memberof hivefs.ChunkRef
         * @static
         * @param {hivefs.IChunkRef=} [properties] Properties to set
         * @returns {hivefs.ChunkRef} ChunkRef instance
         */
        ChunkRef.create = function create(properties) {
            return new ChunkRef(properties);
        };

        /**
         * Encodes the specified ChunkRef message. Does not implicitly {@link hivefs.ChunkRef.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ChunkRef
         * @static
         * @param {hivefs.IChunkRef} message ChunkRef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChunkRef.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            return writer;
        };

        /**
         * Decodes a ChunkRef message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ChunkRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ChunkRef} ChunkRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChunkRef.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ChunkRef();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ChunkRef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ChunkRef
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ChunkRef} ChunkRef
         */
        ChunkRef.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ChunkRef)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ChunkRef: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ChunkRef();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a ChunkRef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ChunkRef
         * @static
         * @param {hivefs.ChunkRef} message ChunkRef
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ChunkRef.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entryId = "";
                object.targetId = 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            return object;
        };

        /**
         * Converts this ChunkRef to JSON.
         * @function toJSON
         * @memberof hivefs.ChunkRef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ChunkRef.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ChunkRef;
    })();

    hivefs.UnlinkChunksReq = (function() {

        /**
         * Properties of an UnlinkChunksReq.
         * @memberof hivefs
         * @interface IUnlinkChunksReq
         * @property {Array.<hivefs.IChunkRef>|null} [chunks] UnlinkChunksReq chunks
         */

        /**
         * Constructs a new UnlinkChunksReq.
         * @memberof hivefs
         * @classdesc Represents an UnlinkChunksReq.
         * @implements IUnlinkChunksReq
         * @constructor
         * @param {hivefs.IUnlinkChunksReq=} [properties] Properties to set
         */
        function UnlinkChunksReq(properties) {
            this.chunks = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnlinkChunksReq chunks.
         * @member {Array.<hivefs.IChunkRef>} chunks
         * @memberof hivefs.UnlinkChunksReq
         * @instance
         */
        UnlinkChunksReq.prototype.chunks = $util.emptyArray;

        /**
         * Creates a new UnlinkChunksReq instance using the specified properties.
         * @function create
         * @memberof hivefs.UnlinkChunksReq
         * @static
         * @param {hivefs.IUnlinkChunksReq=} [properties] Properties to set
         * @returns {hivefs.UnlinkChunksReq} UnlinkChunksReq instance
         */
        UnlinkChunksReq.create = function create(properties) {
            return new UnlinkChunksReq(properties);
        };

        /**
         * Encodes the specified UnlinkChunksReq message. Does not implicitly {@link hivefs.UnlinkChunksReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.UnlinkChunksReq
         * @static
         * @param {hivefs.IUnlinkChunksReq} message UnlinkChunksReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlinkChunksReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.chunks != null && message.chunks.length)
                for (let i = 0; i < message.chunks.length; ++i)
                    $root.hivefs.ChunkRef.encode(message.chunks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an UnlinkChunksReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.UnlinkChunksReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.UnlinkChunksReq} UnlinkChunksReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlinkChunksReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.UnlinkChunksReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.chunks && message.chunks.length))
                            message.chunks = [];
                        message.chunks.push($root.hivefs.ChunkRef.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an UnlinkChunksReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.UnlinkChunksReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.UnlinkChunksReq} UnlinkChunksReq
         */
        UnlinkChunksReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.UnlinkChunksReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.UnlinkChunksReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.UnlinkChunksReq();
            if (object.chunks) {
                if (!Array.isArray(object.chunks))
                    throw TypeError(".hivefs.UnlinkChunksReq.chunks: array expected");
                message.chunks = [];
                for (let i = 0; i < object.chunks.length; ++i) {
                    if (!$util.isObject(object.chunks[i]))
                        throw TypeError(".hivefs.UnlinkChunksReq.chunks: object expected");
                    message.chunks[i] = $root.hivefs.ChunkRef.fromObject(object.chunks[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an UnlinkChunksReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.UnlinkChunksReq
         * @static
         * @param {hivefs.UnlinkChunksReq} message UnlinkChunksReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlinkChunksReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunks = [];
            if (message.chunks && message.chunks.length) {
                object.chunks = [];
                for (let j = 0; j < message.chunks.length; ++j)
                    object.chunks[j] = $root.hivefs.ChunkRef.toObject(message.chunks[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this UnlinkChunksReq to JSON.
         * @function toJSON
         * @memberof hivefs.UnlinkChunksReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlinkChunksReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UnlinkChunksReq;
    })();

    hivefs.ChunkUnlinkResult = (function() {

        /**
         * Properties of a ChunkUnlinkResult.
         * @memberof hivefs
         * @interface IChunkUnlinkResult
         * @property {boolean|null} [existed] ChunkUnlinkResult existed
         * @property {number|null} [code] ChunkUnlinkResult code
         * @property {string|null} [message] ChunkUnlinkResult message
         */

        /**
         * Constructs a new ChunkUnlinkResult.
         * @memberof hivefs
         * @classdesc Represents a ChunkUnlinkResult.
         * @implements IChunkUnlinkResult
         * @constructor
         * @param {hivefs.IChunkUnlinkResult=} [properties] Properties to set
         */
        function ChunkUnlinkResult(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ChunkUnlinkResult existed.
         * @member {boolean} existed
         * @memberof hivefs.ChunkUnlinkResult
         * @instance
         */
        ChunkUnlinkResult.prototype.existed = false;

        /**
         * ChunkUnlinkResult code.
         * @member {number} code
         * @memberof hivefs.ChunkUnlinkResult
         * @instance
         */
        ChunkUnlinkResult.prototype.code = 0;

        /**
         * ChunkUnlinkResult message.
         * @member {string} message
         * @memberof hivefs.ChunkUnlinkResult
         * @instance
         */
        ChunkUnlinkResult.prototype.message = "";

        /**
         * Creates a new ChunkUnlinkResult instance using the specified properties.
         * @function create
         * @memberof hivefs.ChunkUnlinkResult
         * @static
         * @param {hivefs.IChunkUnlinkResult=} [properties] Properties to set
         * @returns {hivefs.ChunkUnlinkResult} ChunkUnlinkResult instance
         */
        ChunkUnlinkResult.create = function create(properties) {
            return new ChunkUnlinkResult(properties);
        };

        /**
         * Encodes the specified ChunkUnlinkResult message. Does not implicitly {@link hivefs.ChunkUnlinkResult.verify|verify} messages.
         * @function encode
         * @memberof hivefs.ChunkUnlinkResult
         * @static
         * @param {hivefs.IChunkUnlinkResult} message ChunkUnlinkResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ChunkUnlinkResult.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.existed != null && Object.hasOwnProperty.call(message, "existed"))
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.existed);
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.code);
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
            return writer;
        };

        /**
         * Decodes a ChunkUnlinkResult message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.ChunkUnlinkResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.ChunkUnlinkResult} ChunkUnlinkResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ChunkUnlinkResult.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.ChunkUnlinkResult();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.existed = reader.bool();
                        break;
                    }
                case 2: {
                        message.code = reader.uint32();
                        break;
                    }
                case 3: {
                        message.message = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a ChunkUnlinkResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.ChunkUnlinkResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.ChunkUnlinkResult} ChunkUnlinkResult
         */
        ChunkUnlinkResult.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.ChunkUnlinkResult)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.ChunkUnlinkResult: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.ChunkUnlinkResult();
            if (object.existed != null)
                message.existed = Boolean(object.existed);
            if (object.code != null)
                message.code = object.code >>> 0;
            if (object.message != null)
                message.message = String(object.message);
            return message;
        };

        /**
         * Creates a plain object from a ChunkUnlinkResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.ChunkUnlinkResult
         * @static
         * @param {hivefs.ChunkUnlinkResult} message ChunkUnlinkResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ChunkUnlinkResult.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.existed = false;
                object.code = 0;
                object.message = "";
            }
            if (message.existed != null && Object.hasOwnProperty.call(message, "existed"))
                object.existed = message.existed;
            if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                object.code = message.code;
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            return object;
        };

        /**
         * Converts this ChunkUnlinkResult to JSON.
         * @function toJSON
         * @memberof hivefs.ChunkUnlinkResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ChunkUnlinkResult.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ChunkUnlinkResult;
    })();

    hivefs.UnlinkChunksResp = (function() {

        /**
         * Properties of an UnlinkChunksResp.
         * @memberof hivefs
         * @interface IUnlinkChunksResp
         * @property {Array.<hivefs.IChunkUnlinkResult>|null} [results] UnlinkChunksResp results
         */

        /**
         * Constructs a new UnlinkChunksResp.
         * @memberof hivefs
         * @classdesc Represents an UnlinkChunksResp.
         * @implements IUnlinkChunksResp
         * @constructor
         * @param {hivefs.IUnlinkChunksResp=} [properties] Properties to set
         */
        function UnlinkChunksResp(properties) {
            this.results = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnlinkChunksResp results.
         * @member {Array.<hivefs.IChunkUnlinkResult>} results
         * @memberof hivefs.UnlinkChunksResp
         * @instance
         */
        UnlinkChunksResp.prototype.results = $util.emptyArray;

        /**
         * Creates a new UnlinkChunksResp instance using the specified properties.
         * @function create
         * @memberof hivefs.UnlinkChunksResp
         * @static
         * @param {hivefs.IUnlinkChunksResp=} [properties] Properties to set
         * @returns {hivefs.UnlinkChunksResp} UnlinkChunksResp instance
         */
        UnlinkChunksResp.create = function create(properties) {
            return new UnlinkChunksResp(properties);
        };

        /**
         * Encodes the specified UnlinkChunksResp message. Does not implicitly {@link hivefs.UnlinkChunksResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.UnlinkChunksResp
         * @static
         * @param {hivefs.IUnlinkChunksResp} message UnlinkChunksResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnlinkChunksResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.results != null && message.results.length)
                for (let i = 0; i < message.results.length; ++i)
                    $root.hivefs.ChunkUnlinkResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an UnlinkChunksResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.UnlinkChunksResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.UnlinkChunksResp} UnlinkChunksResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnlinkChunksResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.UnlinkChunksResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.results && message.results.length))
                            message.results = [];
                        message.results.push($root.hivefs.ChunkUnlinkResult.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates an UnlinkChunksResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.UnlinkChunksResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.UnlinkChunksResp} UnlinkChunksResp
         */
        UnlinkChunksResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.UnlinkChunksResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.UnlinkChunksResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.UnlinkChunksResp();
            if (object.results) {
                if (!Array.isArray(object.results))
                    throw TypeError(".hivefs.UnlinkChunksResp.results: array expected");
                message.results = [];
                for (let i = 0; i < object.results.length; ++i) {
                    if (!$util.isObject(object.results[i]))
                        throw TypeError(".hivefs.UnlinkChunksResp.results: object expected");
                    message.results[i] = $root.hivefs.ChunkUnlinkResult.fromObject(object.results[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an UnlinkChunksResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.UnlinkChunksResp
         * @static
         * @param {hivefs.UnlinkChunksResp} message UnlinkChunksResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        UnlinkChunksResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.results = [];
            if (message.results && message.results.length) {
                object.results = [];
                for (let j = 0; j < message.results.length; ++j)
                    object.results[j] = $root.hivefs.ChunkUnlinkResult.toObject(message.results[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this UnlinkChunksResp to JSON.
         * @function toJSON
         * @memberof hivefs.UnlinkChunksResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        UnlinkChunksResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return UnlinkChunksResp;
    })();

    hivefs.FsyncChunkReq = (function() {

        /**
         * Properties of a FsyncChunkReq.
         * @memberof hivefs
         * @interface IFsyncChunkReq
         * @property {string|null} [entryId] FsyncChunkReq entryId
         * @property {number|null} [targetId] FsyncChunkReq targetId
         */

        /**
         * Constructs a new FsyncChunkReq.
         * @memberof hivefs
         * @classdesc Represents a FsyncChunkReq.
         * @implements IFsyncChunkReq
         * @constructor
         * @param {hivefs.IFsyncChunkReq=} [properties] Properties to set
         */
        function FsyncChunkReq(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * FsyncChunkReq entryId.
         * @member {string} entryId
         * @memberof hivefs.FsyncChunkReq
         * @instance
         */
        FsyncChunkReq.prototype.entryId = "";

        /**
         * FsyncChunkReq targetId.
         * @member {number} targetId
         * @memberof hivefs.FsyncChunkReq
         * @instance
         */
        FsyncChunkReq.prototype.targetId = 0;

        /**
         * Creates a new FsyncChunkReq instance using the specified properties.
         * @function create
         * @memberof hivefs.FsyncChunkReq
         * @static
         * @param {hivefs.IFsyncChunkReq=} [properties] Properties to set
         * @returns {hivefs.FsyncChunkReq} FsyncChunkReq instance
         */
        FsyncChunkReq.create = function create(properties) {
            return new FsyncChunkReq(properties);
        };

        /**
         * Encodes the specified FsyncChunkReq message. Does not implicitly {@link hivefs.FsyncChunkReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.FsyncChunkReq
         * @static
         * @param {hivefs.IFsyncChunkReq} message FsyncChunkReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FsyncChunkReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            return writer;
        };

        /**
         * Decodes a FsyncChunkReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.FsyncChunkReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.FsyncChunkReq} FsyncChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FsyncChunkReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.FsyncChunkReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        message.targetId = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a FsyncChunkReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.FsyncChunkReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.FsyncChunkReq} FsyncChunkReq
         */
        FsyncChunkReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.FsyncChunkReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.FsyncChunkReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.FsyncChunkReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetId != null)
                message.targetId = object.targetId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a FsyncChunkReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.FsyncChunkReq
         * @static
         * @param {hivefs.FsyncChunkReq} message FsyncChunkReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FsyncChunkReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entryId = "";
                object.targetId = 0;
            }
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetId != null && Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            return object;
        };

        /**
         * Converts this FsyncChunkReq to JSON.
         * @function toJSON
         * @memberof hivefs.FsyncChunkReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FsyncChunkReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FsyncChunkReq;
    })();

    hivefs.FsyncChunkResp = (function() {

        /**
         * Properties of a FsyncChunkResp.
         * @memberof hivefs
         * @interface IFsyncChunkResp
         */

        /**
         * Constructs a new FsyncChunkResp.
         * @memberof hivefs
         * @classdesc Represents a FsyncChunkResp.
         * @implements IFsyncChunkResp
         * @constructor
         * @param {hivefs.IFsyncChunkResp=} [properties] Properties to set
         */
        function FsyncChunkResp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new FsyncChunkResp instance using the specified properties.
         * @function create
         * @memberof hivefs.FsyncChunkResp
         * @static
         * @param {hivefs.IFsyncChunkResp=} [properties] Properties to set
         * @returns {hivefs.FsyncChunkResp} FsyncChunkResp instance
         */
        FsyncChunkResp.create = function create(properties) {
            return new FsyncChunkResp(properties);
        };

        /**
         * Encodes the specified FsyncChunkResp message. Does not implicitly {@link hivefs.FsyncChunkResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.FsyncChunkResp
         * @static
         * @param {hivefs.IFsyncChunkResp} message FsyncChunkResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FsyncChunkResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a FsyncChunkResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.FsyncChunkResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.FsyncChunkResp} FsyncChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FsyncChunkResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.FsyncChunkResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a FsyncChunkResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.FsyncChunkResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.FsyncChunkResp} FsyncChunkResp
         */
        FsyncChunkResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.FsyncChunkResp)
                return object;
            return new $root.hivefs.FsyncChunkResp();
        };

        /**
         * Creates a plain object from a FsyncChunkResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.FsyncChunkResp
         * @static
         * @param {hivefs.FsyncChunkResp} message FsyncChunkResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FsyncChunkResp.toObject = function toObject() {
            return {};
        };

        /**
         * Converts this FsyncChunkResp to JSON.
         * @function toJSON
         * @memberof hivefs.FsyncChunkResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FsyncChunkResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FsyncChunkResp;
    })();

    hivefs.GetChunkLengthsReq = (function() {

        /**
         * Properties of a GetChunkLengthsReq.
         * @memberof hivefs
         * @interface IGetChunkLengthsReq
         * @property {string|null} [entryId] GetChunkLengthsReq entryId
         * @property {Array.<number>|null} [targetIds] GetChunkLengthsReq targetIds
         */

        /**
         * Constructs a new GetChunkLengthsReq.
         * @memberof hivefs
         * @classdesc Represents a GetChunkLengthsReq.
         * @implements IGetChunkLengthsReq
         * @constructor
         * @param {hivefs.IGetChunkLengthsReq=} [properties] Properties to set
         */
        function GetChunkLengthsReq(properties) {
            this.targetIds = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetChunkLengthsReq entryId.
         * @member {string} entryId
         * @memberof hivefs.GetChunkLengthsReq
         * @instance
         */
        GetChunkLengthsReq.prototype.entryId = "";

        /**
         * GetChunkLengthsReq targetIds.
         * @member {Array.<number>} targetIds
         * @memberof hivefs.GetChunkLengthsReq
         * @instance
         */
        GetChunkLengthsReq.prototype.targetIds = $util.emptyArray;

        /**
         * Creates a new GetChunkLengthsReq instance using the specified properties.
         * @function create
         * @memberof hivefs.GetChunkLengthsReq
         * @static
         * @param {hivefs.IGetChunkLengthsReq=} [properties] Properties to set
         * @returns {hivefs.GetChunkLengthsReq} GetChunkLengthsReq instance
         */
        GetChunkLengthsReq.create = function create(properties) {
            return new GetChunkLengthsReq(properties);
        };

        /**
         * Encodes the specified GetChunkLengthsReq message. Does not implicitly {@link hivefs.GetChunkLengthsReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetChunkLengthsReq
         * @static
         * @param {hivefs.IGetChunkLengthsReq} message GetChunkLengthsReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetChunkLengthsReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.entryId);
            if (message.targetIds != null && message.targetIds.length) {
                writer.uint32(/* id 2, wireType 2 =*/18).fork();
                for (let i = 0; i < message.targetIds.length; ++i)
                    writer.uint32(message.targetIds[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a GetChunkLengthsReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetChunkLengthsReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetChunkLengthsReq} GetChunkLengthsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetChunkLengthsReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetChunkLengthsReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.entryId = reader.string();
                        break;
                    }
                case 2: {
                        if (!(message.targetIds && message.targetIds.length))
                            message.targetIds = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.targetIds.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.targetIds.push(reader.uint32());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetChunkLengthsReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetChunkLengthsReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetChunkLengthsReq} GetChunkLengthsReq
         */
        GetChunkLengthsReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetChunkLengthsReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetChunkLengthsReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetChunkLengthsReq();
            if (object.entryId != null)
                message.entryId = String(object.entryId);
            if (object.targetIds) {
                if (!Array.isArray(object.targetIds))
                    throw TypeError(".hivefs.GetChunkLengthsReq.targetIds: array expected");
                message.targetIds = [];
                for (let i = 0; i < object.targetIds.length; ++i)
                    message.targetIds[i] = object.targetIds[i] >>> 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a GetChunkLengthsReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetChunkLengthsReq
         * @static
         * @param {hivefs.GetChunkLengthsReq} message GetChunkLengthsReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetChunkLengthsReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.targetIds = [];
            if (options.defaults)
                object.entryId = "";
            if (message.entryId != null && Object.hasOwnProperty.call(message, "entryId"))
                object.entryId = message.entryId;
            if (message.targetIds && message.targetIds.length) {
                object.targetIds = [];
                for (let j = 0; j < message.targetIds.length; ++j)
                    object.targetIds[j] = message.targetIds[j];
            }
            return object;
        };

        /**
         * Converts this GetChunkLengthsReq to JSON.
         * @function toJSON
         * @memberof hivefs.GetChunkLengthsReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetChunkLengthsReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetChunkLengthsReq;
    })();

    hivefs.GetChunkLengthsResp = (function() {

        /**
         * Properties of a GetChunkLengthsResp.
         * @memberof hivefs
         * @interface IGetChunkLengthsResp
         * @property {Array.<number>|null} [lengths] GetChunkLengthsResp lengths
         * @property {Array.<number>|null} [blocks] GetChunkLengthsResp blocks
         */

        /**
         * Constructs a new GetChunkLengthsResp.
         * @memberof hivefs
         * @classdesc Represents a GetChunkLengthsResp.
         * @implements IGetChunkLengthsResp
         * @constructor
         * @param {hivefs.IGetChunkLengthsResp=} [properties] Properties to set
         */
        function GetChunkLengthsResp(properties) {
            this.lengths = [];
            this.blocks = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * GetChunkLengthsResp lengths.
         * @member {Array.<number>} lengths
         * @memberof hivefs.GetChunkLengthsResp
         * @instance
         */
        GetChunkLengthsResp.prototype.lengths = $util.emptyArray;

        /**
         * GetChunkLengthsResp blocks.
         * @member {Array.<number>} blocks
         * @memberof hivefs.GetChunkLengthsResp
         * @instance
         */
        GetChunkLengthsResp.prototype.blocks = $util.emptyArray;

        /**
         * Creates a new GetChunkLengthsResp instance using the specified properties.
         * @function create
         * @memberof hivefs.GetChunkLengthsResp
         * @static
         * @param {hivefs.IGetChunkLengthsResp=} [properties] Properties to set
         * @returns {hivefs.GetChunkLengthsResp} GetChunkLengthsResp instance
         */
        GetChunkLengthsResp.create = function create(properties) {
            return new GetChunkLengthsResp(properties);
        };

        /**
         * Encodes the specified GetChunkLengthsResp message. Does not implicitly {@link hivefs.GetChunkLengthsResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.GetChunkLengthsResp
         * @static
         * @param {hivefs.IGetChunkLengthsResp} message GetChunkLengthsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetChunkLengthsResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.lengths != null && message.lengths.length) {
                writer.uint32(/* id 1, wireType 2 =*/10).fork();
                for (let i = 0; i < message.lengths.length; ++i)
                    writer.uint64(message.lengths[i]);
                writer.ldelim();
            }
            if (message.blocks != null && message.blocks.length) {
                writer.uint32(/* id 2, wireType 2 =*/18).fork();
                for (let i = 0; i < message.blocks.length; ++i)
                    writer.uint64(message.blocks[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a GetChunkLengthsResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.GetChunkLengthsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.GetChunkLengthsResp} GetChunkLengthsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetChunkLengthsResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.GetChunkLengthsResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.lengths && message.lengths.length))
                            message.lengths = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.lengths.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.lengths.push(reader.uint64());
                        break;
                    }
                case 2: {
                        if (!(message.blocks && message.blocks.length))
                            message.blocks = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.blocks.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.blocks.push(reader.uint64());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a GetChunkLengthsResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.GetChunkLengthsResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.GetChunkLengthsResp} GetChunkLengthsResp
         */
        GetChunkLengthsResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.GetChunkLengthsResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.GetChunkLengthsResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.GetChunkLengthsResp();
            if (object.lengths) {
                if (!Array.isArray(object.lengths))
                    throw TypeError(".hivefs.GetChunkLengthsResp.lengths: array expected");
                message.lengths = [];
                for (let i = 0; i < object.lengths.length; ++i)
                    if ($util.Long)
                        message.lengths[i] = $util.Long.fromValue(object.lengths[i], true);
                    else if (typeof object.lengths[i] === "string")
                        message.lengths[i] = parseInt(object.lengths[i], 10);
                    else if (typeof object.lengths[i] === "number")
                        message.lengths[i] = object.lengths[i];
                    else if (typeof object.lengths[i] === "object")
                        message.lengths[i] = new $util.LongBits(object.lengths[i].low >>> 0, object.lengths[i].high >>> 0).toNumber(true);
            }
            if (object.blocks) {
                if (!Array.isArray(object.blocks))
                    throw TypeError(".hivefs.GetChunkLengthsResp.blocks: array expected");
                message.blocks = [];
                for (let i = 0; i < object.blocks.length; ++i)
                    if ($util.Long)
                        message.blocks[i] = $util.Long.fromValue(object.blocks[i], true);
                    else if (typeof object.blocks[i] === "string")
                        message.blocks[i] = parseInt(object.blocks[i], 10);
                    else if (typeof object.blocks[i] === "number")
                        message.blocks[i] = object.blocks[i];
                    else if (typeof object.blocks[i] === "object")
                        message.blocks[i] = new $util.LongBits(object.blocks[i].low >>> 0, object.blocks[i].high >>> 0).toNumber(true);
            }
            return message;
        };

        /**
         * Creates a plain object from a GetChunkLengthsResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.GetChunkLengthsResp
         * @static
         * @param {hivefs.GetChunkLengthsResp} message GetChunkLengthsResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetChunkLengthsResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.lengths = [];
                object.blocks = [];
            }
            if (message.lengths && message.lengths.length) {
                object.lengths = [];
                for (let j = 0; j < message.lengths.length; ++j)
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.lengths[j] = typeof message.lengths[j] === "number" ? BigInt(message.lengths[j]) : $util.Long.fromBits(message.lengths[j].low >>> 0, message.lengths[j].high >>> 0, true).toBigInt();
                    else if (typeof message.lengths[j] === "number")
                        object.lengths[j] = options.longs === String ? String(message.lengths[j]) : message.lengths[j];
                    else
                        object.lengths[j] = options.longs === String ? $util.Long.prototype.toString.call(message.lengths[j]) : options.longs === Number ? new $util.LongBits(message.lengths[j].low >>> 0, message.lengths[j].high >>> 0).toNumber(true) : message.lengths[j];
            }
            if (message.blocks && message.blocks.length) {
                object.blocks = [];
                for (let j = 0; j < message.blocks.length; ++j)
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.blocks[j] = typeof message.blocks[j] === "number" ? BigInt(message.blocks[j]) : $util.Long.fromBits(message.blocks[j].low >>> 0, message.blocks[j].high >>> 0, true).toBigInt();
                    else if (typeof message.blocks[j] === "number")
                        object.blocks[j] = options.longs === String ? String(message.blocks[j]) : message.blocks[j];
                    else
                        object.blocks[j] = options.longs === String ? $util.Long.prototype.toString.call(message.blocks[j]) : options.longs === Number ? new $util.LongBits(message.blocks[j].low >>> 0, message.blocks[j].high >>> 0).toNumber(true) : message.blocks[j];
            }
            return object;
        };

        /**
         * Converts this GetChunkLengthsResp to JSON.
         * @function toJSON
         * @memberof hivefs.GetChunkLengthsResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetChunkLengthsResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GetChunkLengthsResp;
    })();

    hivefs.StatTargetsReq = (function() {

        /**
         * Properties of a StatTargetsReq.
         * @memberof hivefs
         * @interface IStatTargetsReq
         * @property {Array.<number>|null} [targetIds] StatTargetsReq targetIds
         */

        /**
         * Constructs a new StatTargetsReq.
         * @memberof hivefs
         * @classdesc Represents a StatTargetsReq.
         * @implements IStatTargetsReq
         * @constructor
         * @param {hivefs.IStatTargetsReq=} [properties] Properties to set
         */
        function StatTargetsReq(properties) {
            this.targetIds = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StatTargetsReq targetIds.
         * @member {Array.<number>} targetIds
         * @memberof hivefs.StatTargetsReq
         * @instance
         */
        StatTargetsReq.prototype.targetIds = $util.emptyArray;

        /**
         * Creates a new StatTargetsReq instance using the specified properties.
         * @function create
         * @memberof hivefs.StatTargetsReq
         * @static
         * @param {hivefs.IStatTargetsReq=} [properties] Properties to set
         * @returns {hivefs.StatTargetsReq} StatTargetsReq instance
         */
        StatTargetsReq.create = function create(properties) {
            return new StatTargetsReq(properties);
        };

        /**
         * Encodes the specified StatTargetsReq message. Does not implicitly {@link hivefs.StatTargetsReq.verify|verify} messages.
         * @function encode
         * @memberof hivefs.StatTargetsReq
         * @static
         * @param {hivefs.IStatTargetsReq} message StatTargetsReq message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatTargetsReq.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetIds != null && message.targetIds.length) {
                writer.uint32(/* id 1, wireType 2 =*/10).fork();
                for (let i = 0; i < message.targetIds.length; ++i)
                    writer.uint32(message.targetIds[i]);
                writer.ldelim();
            }
            return writer;
        };

        /**
         * Decodes a StatTargetsReq message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.StatTargetsReq
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.StatTargetsReq} StatTargetsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatTargetsReq.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.StatTargetsReq();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.targetIds && message.targetIds.length))
                            message.targetIds = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.targetIds.push(reader.uint32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.targetIds.push(reader.uint32());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a StatTargetsReq message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.StatTargetsReq
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.StatTargetsReq} StatTargetsReq
         */
        StatTargetsReq.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.StatTargetsReq)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.StatTargetsReq: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.StatTargetsReq();
            if (object.targetIds) {
                if (!Array.isArray(object.targetIds))
                    throw TypeError(".hivefs.StatTargetsReq.targetIds: array expected");
                message.targetIds = [];
                for (let i = 0; i < object.targetIds.length; ++i)
                    message.targetIds[i] = object.targetIds[i] >>> 0;
            }
            return message;
        };

        /**
         * Creates a plain object from a StatTargetsReq message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.StatTargetsReq
         * @static
         * @param {hivefs.StatTargetsReq} message StatTargetsReq
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatTargetsReq.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.targetIds = [];
            if (message.targetIds && message.targetIds.length) {
                object.targetIds = [];
                for (let j = 0; j < message.targetIds.length; ++j)
                    object.targetIds[j] = message.targetIds[j];
            }
            return object;
        };

        /**
         * Converts this StatTargetsReq to JSON.
         * @function toJSON
         * @memberof hivefs.StatTargetsReq
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatTargetsReq.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatTargetsReq;
    })();

    hivefs.StatTargetsResp = (function() {

        /**
         * Properties of a StatTargetsResp.
         * @memberof hivefs
         * @interface IStatTargetsResp
         * @property {Array.<hivefs.ITargetSpace>|null} [targets] StatTargetsResp targets
         */

        /**
         * Constructs a new StatTargetsResp.
         * @memberof hivefs
         * @classdesc Represents a StatTargetsResp.
         * @implements IStatTargetsResp
         * @constructor
         * @param {hivefs.IStatTargetsResp=} [properties] Properties to set
         */
        function StatTargetsResp(properties) {
            this.targets = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StatTargetsResp targets.
         * @member {Array.<hivefs.ITargetSpace>} targets
         * @memberof hivefs.StatTargetsResp
         * @instance
         */
        StatTargetsResp.prototype.targets = $util.emptyArray;

        /**
         * Creates a new StatTargetsResp instance using the specified properties.
         * @function create
         * @memberof hivefs.StatTargetsResp
         * @static
         * @param {hivefs.IStatTargetsResp=} [properties] Properties to set
         * @returns {hivefs.StatTargetsResp} StatTargetsResp instance
         */
        StatTargetsResp.create = function create(properties) {
            return new StatTargetsResp(properties);
        };

        /**
         * Encodes the specified StatTargetsResp message. Does not implicitly {@link hivefs.StatTargetsResp.verify|verify} messages.
         * @function encode
         * @memberof hivefs.StatTargetsResp
         * @static
         * @param {hivefs.IStatTargetsResp} message StatTargetsResp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatTargetsResp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targets != null && message.targets.length)
                for (let i = 0; i < message.targets.length; ++i)
                    $root.hivefs.TargetSpace.encode(message.targets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a StatTargetsResp message from the specified reader or buffer.
         * @function decode
         * @memberof hivefs.StatTargetsResp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {hivefs.StatTargetsResp} StatTargetsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatTargetsResp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.hivefs.StatTargetsResp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.targets && message.targets.length))
                            message.targets = [];
                        message.targets.push($root.hivefs.TargetSpace.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Creates a StatTargetsResp message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof hivefs.StatTargetsResp
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {hivefs.StatTargetsResp} StatTargetsResp
         */
        StatTargetsResp.fromObject = function fromObject(object, long) {
            if (object instanceof $root.hivefs.StatTargetsResp)
                return object;
            if (!$util.isObject(object))
                throw TypeError(".hivefs.StatTargetsResp: object expected");
            if (long === undefined)
                long = 0;
            if (long > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let message = new $root.hivefs.StatTargetsResp();
            if (object.targets) {
                if (!Array.isArray(object.targets))
                    throw TypeError(".hivefs.StatTargetsResp.targets: array expected");
                message.targets = [];
                for (let i = 0; i < object.targets.length; ++i) {
                    if (!$util.isObject(object.targets[i]))
                        throw TypeError(".hivefs.StatTargetsResp.targets: object expected");
                    message.targets[i] = $root.hivefs.TargetSpace.fromObject(object.targets[i], long + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a StatTargetsResp message. Also converts values to other types if specified.
         * @function toObject
         * @memberof hivefs.StatTargetsResp
         * @static
         * @param {hivefs.StatTargetsResp} message StatTargetsResp
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatTargetsResp.toObject = function toObject(message, options, q) {
            if (!options)
                options = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.targets = [];
            if (message.targets && message.targets.length) {
                object.targets = [];
                for (let j = 0; j < message.targets.length; ++j)
                    object.targets[j] = $root.hivefs.TargetSpace.toObject(message.targets[j], options, q + 1);
            }
            return object;
        };

        /**
         * Converts this StatTargetsResp to JSON.
         * @function toJSON
         * @memberof hivefs.StatTargetsResp
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatTargetsResp.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StatTargetsResp;
    })();

    return hivefs;
})();

export { $root as default };
