import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace hivefs. */
export namespace hivefs {

    /** NodeType enum. */
    enum NodeType {
        NODE_TYPE_UNSPECIFIED = 0,
        MGMTD = 1,
        META = 2,
        STORAGE = 3,
        CLIENT = 4
    }

    /** Reachability enum. */
    enum Reachability {
        REACHABILITY_UNSPECIFIED = 0,
        ONLINE = 1,
        PROBABLY_OFFLINE = 2,
        OFFLINE = 3
    }

    /** Consistency enum. */
    enum Consistency {
        CONSISTENCY_UNSPECIFIED = 0,
        GOOD = 1,
        NEEDS_RESYNC = 2,
        BAD = 3
    }

    /** CapacityPool enum. */
    enum CapacityPool {
        NORMAL = 0,
        LOW = 1,
        EMERGENCY = 2
    }

    /** PatternType enum. */
    enum PatternType {
        PATTERN_TYPE_UNSPECIFIED = 0,
        RAID0 = 1,
        BUDDY_MIRROR = 2
    }

    /** EntryType enum. */
    enum EntryType {
        ENTRY_TYPE_UNSPECIFIED = 0,
        DIRECTORY = 1,
        REGULAR = 2,
        SYMLINK = 3,
        FIFO = 4,
        CHARDEV = 5,
        BLOCKDEV = 6,
        SOCKET = 7
    }

    /** Properties of a StripePattern. */
    interface IStripePattern {

        /** StripePattern type */
        type?: (hivefs.PatternType|null);

        /** StripePattern chunkSize */
        chunkSize?: (number|null);

        /** StripePattern numTargets */
        numTargets?: (number|null);

        /** StripePattern ids */
        ids?: (number[]|null);

        /** StripePattern storagePoolId */
        storagePoolId?: (number|null);

        /** StripePattern shortfall */
        shortfall?: (string|null);
    }

    /** Represents a StripePattern. */
    class StripePattern implements IStripePattern {

        /**
         * Constructs a new StripePattern.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStripePattern);

        /** StripePattern type. */
        public type: hivefs.PatternType;

        /** StripePattern chunkSize. */
        public chunkSize: number;

        /** StripePattern numTargets. */
        public numTargets: number;

        /** StripePattern ids. */
        public ids: number[];

        /** StripePattern storagePoolId. */
        public storagePoolId: number;

        /** StripePattern shortfall. */
        public shortfall: string;

        /**
         * Creates a new StripePattern instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StripePattern instance
         */
        public static create(properties?: hivefs.IStripePattern): hivefs.StripePattern;

        /**
         * Encodes the specified StripePattern message. Does not implicitly {@link hivefs.StripePattern.verify|verify} messages.
         * @param message StripePattern message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStripePattern, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StripePattern message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StripePattern
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StripePattern;

        /**
         * Creates a StripePattern message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StripePattern
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StripePattern;

        /**
         * Creates a plain object from a StripePattern message. Also converts values to other types if specified.
         * @param message StripePattern
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StripePattern, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StripePattern to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a Credentials. */
    interface ICredentials {

        /** Credentials uid */
        uid?: (number|null);

        /** Credentials gid */
        gid?: (number|null);

        /** Credentials gids */
        gids?: (number[]|null);
    }

    /** Represents a Credentials. */
    class Credentials implements ICredentials {

        /**
         * Constructs a new Credentials.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICredentials);

        /** Credentials uid. */
        public uid: number;

        /** Credentials gid. */
        public gid: number;

        /** Credentials gids. */
        public gids: number[];

        /**
         * Creates a new Credentials instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Credentials instance
         */
        public static create(properties?: hivefs.ICredentials): hivefs.Credentials;

        /**
         * Encodes the specified Credentials message. Does not implicitly {@link hivefs.Credentials.verify|verify} messages.
         * @param message Credentials message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICredentials, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Credentials message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Credentials
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.Credentials;

        /**
         * Creates a Credentials message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Credentials
         */
        public static fromObject(object: { [k: string]: any }): hivefs.Credentials;

        /**
         * Creates a plain object from a Credentials message. Also converts values to other types if specified.
         * @param message Credentials
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.Credentials, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Credentials to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a NodeAddr. */
    interface INodeAddr {

        /** NodeAddr host */
        host?: (string|null);

        /** NodeAddr port */
        port?: (number|null);
    }

    /** Represents a NodeAddr. */
    class NodeAddr implements INodeAddr {

        /**
         * Constructs a new NodeAddr.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.INodeAddr);

        /** NodeAddr host. */
        public host: string;

        /** NodeAddr port. */
        public port: number;

        /**
         * Creates a new NodeAddr instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeAddr instance
         */
        public static create(properties?: hivefs.INodeAddr): hivefs.NodeAddr;

        /**
         * Encodes the specified NodeAddr message. Does not implicitly {@link hivefs.NodeAddr.verify|verify} messages.
         * @param message NodeAddr message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.INodeAddr, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeAddr message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns NodeAddr
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.NodeAddr;

        /**
         * Creates a NodeAddr message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns NodeAddr
         */
        public static fromObject(object: { [k: string]: any }): hivefs.NodeAddr;

        /**
         * Creates a plain object from a NodeAddr message. Also converts values to other types if specified.
         * @param message NodeAddr
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.NodeAddr, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this NodeAddr to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a NodeInfo. */
    interface INodeInfo {

        /** NodeInfo type */
        type?: (hivefs.NodeType|null);

        /** NodeInfo nodeId */
        nodeId?: (number|null);

        /** NodeInfo alias */
        alias?: (string|null);

        /** NodeInfo addrs */
        addrs?: (hivefs.INodeAddr[]|null);

        /** NodeInfo reachability */
        reachability?: (hivefs.Reachability|null);

        /** NodeInfo lastSeenMs */
        lastSeenMs?: (number|null);

        /** NodeInfo hostname */
        hostname?: (string|null);

        /** NodeInfo version */
        version?: (string|null);

        /** NodeInfo pid */
        pid?: (number|null);

        /** NodeInfo registeredMs */
        registeredMs?: (number|null);
    }

    /** Represents a NodeInfo. */
    class NodeInfo implements INodeInfo {

        /**
         * Constructs a new NodeInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.INodeInfo);

        /** NodeInfo type. */
        public type: hivefs.NodeType;

        /** NodeInfo nodeId. */
        public nodeId: number;

        /** NodeInfo alias. */
        public alias: string;

        /** NodeInfo addrs. */
        public addrs: hivefs.INodeAddr[];

        /** NodeInfo reachability. */
        public reachability: hivefs.Reachability;

        /** NodeInfo lastSeenMs. */
        public lastSeenMs: number;

        /** NodeInfo hostname. */
        public hostname: string;

        /** NodeInfo version. */
        public version: string;

        /** NodeInfo pid. */
        public pid: number;

        /** NodeInfo registeredMs. */
        public registeredMs: number;

        /**
         * Creates a new NodeInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NodeInfo instance
         */
        public static create(properties?: hivefs.INodeInfo): hivefs.NodeInfo;

        /**
         * Encodes the specified NodeInfo message. Does not implicitly {@link hivefs.NodeInfo.verify|verify} messages.
         * @param message NodeInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.INodeInfo, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NodeInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns NodeInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.NodeInfo;

        /**
         * Creates a NodeInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns NodeInfo
         */
        public static fromObject(object: { [k: string]: any }): hivefs.NodeInfo;

        /**
         * Creates a plain object from a NodeInfo message. Also converts values to other types if specified.
         * @param message NodeInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.NodeInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this NodeInfo to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a TargetSpace. */
    interface ITargetSpace {

        /** TargetSpace targetId */
        targetId?: (number|null);

        /** TargetSpace totalBytes */
        totalBytes?: (number|null);

        /** TargetSpace freeBytes */
        freeBytes?: (number|null);

        /** TargetSpace totalInodes */
        totalInodes?: (number|null);

        /** TargetSpace freeInodes */
        freeInodes?: (number|null);

        /** TargetSpace fsId */
        fsId?: (string|null);

        /** TargetSpace usedBytes */
        usedBytes?: (number|null);
    }

    /** Represents a TargetSpace. */
    class TargetSpace implements ITargetSpace {

        /**
         * Constructs a new TargetSpace.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ITargetSpace);

        /** TargetSpace targetId. */
        public targetId: number;

        /** TargetSpace totalBytes. */
        public totalBytes: number;

        /** TargetSpace freeBytes. */
        public freeBytes: number;

        /** TargetSpace totalInodes. */
        public totalInodes: number;

        /** TargetSpace freeInodes. */
        public freeInodes: number;

        /** TargetSpace fsId. */
        public fsId: string;

        /** TargetSpace usedBytes. */
        public usedBytes: number;

        /**
         * Creates a new TargetSpace instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetSpace instance
         */
        public static create(properties?: hivefs.ITargetSpace): hivefs.TargetSpace;

        /**
         * Encodes the specified TargetSpace message. Does not implicitly {@link hivefs.TargetSpace.verify|verify} messages.
         * @param message TargetSpace message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ITargetSpace, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetSpace message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TargetSpace
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.TargetSpace;

        /**
         * Creates a TargetSpace message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetSpace
         */
        public static fromObject(object: { [k: string]: any }): hivefs.TargetSpace;

        /**
         * Creates a plain object from a TargetSpace message. Also converts values to other types if specified.
         * @param message TargetSpace
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.TargetSpace, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetSpace to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a TargetInfo. */
    interface ITargetInfo {

        /** TargetInfo targetId */
        targetId?: (number|null);

        /** TargetInfo nodeId */
        nodeId?: (number|null);

        /** TargetInfo nodeType */
        nodeType?: (hivefs.NodeType|null);

        /** TargetInfo reachability */
        reachability?: (hivefs.Reachability|null);

        /** TargetInfo consistency */
        consistency?: (hivefs.Consistency|null);

        /** TargetInfo capacityPool */
        capacityPool?: (hivefs.CapacityPool|null);

        /** TargetInfo space */
        space?: (hivefs.ITargetSpace|null);

        /** TargetInfo storagePoolId */
        storagePoolId?: (number|null);

        /** TargetInfo resyncing */
        resyncing?: (boolean|null);
    }

    /** Represents a TargetInfo. */
    class TargetInfo implements ITargetInfo {

        /**
         * Constructs a new TargetInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ITargetInfo);

        /** TargetInfo targetId. */
        public targetId: number;

        /** TargetInfo nodeId. */
        public nodeId: number;

        /** TargetInfo nodeType. */
        public nodeType: hivefs.NodeType;

        /** TargetInfo reachability. */
        public reachability: hivefs.Reachability;

        /** TargetInfo consistency. */
        public consistency: hivefs.Consistency;

        /** TargetInfo capacityPool. */
        public capacityPool: hivefs.CapacityPool;

        /** TargetInfo space. */
        public space?: (hivefs.ITargetSpace|null);

        /** TargetInfo storagePoolId. */
        public storagePoolId: number;

        /** TargetInfo resyncing. */
        public resyncing: boolean;

        /**
         * Creates a new TargetInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TargetInfo instance
         */
        public static create(properties?: hivefs.ITargetInfo): hivefs.TargetInfo;

        /**
         * Encodes the specified TargetInfo message. Does not implicitly {@link hivefs.TargetInfo.verify|verify} messages.
         * @param message TargetInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ITargetInfo, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TargetInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TargetInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.TargetInfo;

        /**
         * Creates a TargetInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TargetInfo
         */
        public static fromObject(object: { [k: string]: any }): hivefs.TargetInfo;

        /**
         * Creates a plain object from a TargetInfo message. Also converts values to other types if specified.
         * @param message TargetInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.TargetInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TargetInfo to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a BuddyGroup. */
    interface IBuddyGroup {

        /** BuddyGroup nodeType */
        nodeType?: (hivefs.NodeType|null);

        /** BuddyGroup groupId */
        groupId?: (number|null);

        /** BuddyGroup primaryId */
        primaryId?: (number|null);

        /** BuddyGroup secondaryId */
        secondaryId?: (number|null);

        /** BuddyGroup storagePoolId */
        storagePoolId?: (number|null);

        /** BuddyGroup primarySince */
        primarySince?: (number|null);
    }

    /** Represents a BuddyGroup. */
    class BuddyGroup implements IBuddyGroup {

        /**
         * Constructs a new BuddyGroup.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IBuddyGroup);

        /** BuddyGroup nodeType. */
        public nodeType: hivefs.NodeType;

        /** BuddyGroup groupId. */
        public groupId: number;

        /** BuddyGroup primaryId. */
        public primaryId: number;

        /** BuddyGroup secondaryId. */
        public secondaryId: number;

        /** BuddyGroup storagePoolId. */
        public storagePoolId: number;

        /** BuddyGroup primarySince. */
        public primarySince: number;

        /**
         * Creates a new BuddyGroup instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BuddyGroup instance
         */
        public static create(properties?: hivefs.IBuddyGroup): hivefs.BuddyGroup;

        /**
         * Encodes the specified BuddyGroup message. Does not implicitly {@link hivefs.BuddyGroup.verify|verify} messages.
         * @param message BuddyGroup message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IBuddyGroup, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BuddyGroup message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns BuddyGroup
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.BuddyGroup;

        /**
         * Creates a BuddyGroup message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BuddyGroup
         */
        public static fromObject(object: { [k: string]: any }): hivefs.BuddyGroup;

        /**
         * Creates a plain object from a BuddyGroup message. Also converts values to other types if specified.
         * @param message BuddyGroup
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.BuddyGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BuddyGroup to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StoragePool. */
    interface IStoragePool {

        /** StoragePool poolId */
        poolId?: (number|null);

        /** StoragePool alias */
        alias?: (string|null);

        /** StoragePool targetIds */
        targetIds?: (number[]|null);

        /** StoragePool groupIds */
        groupIds?: (number[]|null);
    }

    /** Represents a StoragePool. */
    class StoragePool implements IStoragePool {

        /**
         * Constructs a new StoragePool.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStoragePool);

        /** StoragePool poolId. */
        public poolId: number;

        /** StoragePool alias. */
        public alias: string;

        /** StoragePool targetIds. */
        public targetIds: number[];

        /** StoragePool groupIds. */
        public groupIds: number[];

        /**
         * Creates a new StoragePool instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StoragePool instance
         */
        public static create(properties?: hivefs.IStoragePool): hivefs.StoragePool;

        /**
         * Encodes the specified StoragePool message. Does not implicitly {@link hivefs.StoragePool.verify|verify} messages.
         * @param message StoragePool message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStoragePool, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StoragePool message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StoragePool
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StoragePool;

        /**
         * Creates a StoragePool message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StoragePool
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StoragePool;

        /**
         * Creates a plain object from a StoragePool message. Also converts values to other types if specified.
         * @param message StoragePool
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StoragePool, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StoragePool to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ClusterMap. */
    interface IClusterMap {

        /** ClusterMap version */
        version?: (number|null);

        /** ClusterMap nodes */
        nodes?: (hivefs.INodeInfo[]|null);

        /** ClusterMap targets */
        targets?: (hivefs.ITargetInfo[]|null);

        /** ClusterMap groups */
        groups?: (hivefs.IBuddyGroup[]|null);

        /** ClusterMap pools */
        pools?: (hivefs.IStoragePool[]|null);

        /** ClusterMap rootNodeId */
        rootNodeId?: (number|null);

        /** ClusterMap rootGroupId */
        rootGroupId?: (number|null);
    }

    /** Represents a ClusterMap. */
    class ClusterMap implements IClusterMap {

        /**
         * Constructs a new ClusterMap.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IClusterMap);

        /** ClusterMap version. */
        public version: number;

        /** ClusterMap nodes. */
        public nodes: hivefs.INodeInfo[];

        /** ClusterMap targets. */
        public targets: hivefs.ITargetInfo[];

        /** ClusterMap groups. */
        public groups: hivefs.IBuddyGroup[];

        /** ClusterMap pools. */
        public pools: hivefs.IStoragePool[];

        /** ClusterMap rootNodeId. */
        public rootNodeId: number;

        /** ClusterMap rootGroupId. */
        public rootGroupId: number;

        /**
         * Creates a new ClusterMap instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ClusterMap instance
         */
        public static create(properties?: hivefs.IClusterMap): hivefs.ClusterMap;

        /**
         * Encodes the specified ClusterMap message. Does not implicitly {@link hivefs.ClusterMap.verify|verify} messages.
         * @param message ClusterMap message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IClusterMap, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClusterMap message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ClusterMap
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ClusterMap;

        /**
         * Creates a ClusterMap message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClusterMap
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ClusterMap;

        /**
         * Creates a plain object from a ClusterMap message. Also converts values to other types if specified.
         * @param message ClusterMap
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ClusterMap, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClusterMap to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an ErrorResp. */
    interface IErrorResp {

        /** ErrorResp code */
        code?: (number|null);

        /** ErrorResp message */
        message?: (string|null);

        /** ErrorResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents an ErrorResp. */
    class ErrorResp implements IErrorResp {

        /**
         * Constructs a new ErrorResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IErrorResp);

        /** ErrorResp code. */
        public code: number;

        /** ErrorResp message. */
        public message: string;

        /** ErrorResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new ErrorResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ErrorResp instance
         */
        public static create(properties?: hivefs.IErrorResp): hivefs.ErrorResp;

        /**
         * Encodes the specified ErrorResp message. Does not implicitly {@link hivefs.ErrorResp.verify|verify} messages.
         * @param message ErrorResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IErrorResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ErrorResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ErrorResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ErrorResp;

        /**
         * Creates an ErrorResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ErrorResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ErrorResp;

        /**
         * Creates a plain object from an ErrorResp message. Also converts values to other types if specified.
         * @param message ErrorResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ErrorResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ErrorResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** ResyncJobState enum. */
    enum ResyncJobState {
        RESYNC_NOT_STARTED = 0,
        RESYNC_RUNNING = 1,
        RESYNC_COMPLETED = 2,
        RESYNC_INTERRUPTED = 3,
        RESYNC_FAILED = 4,
        RESYNC_COMPLETED_WITH_ERRORS = 5
    }

    /** Properties of a ResyncStats. */
    interface IResyncStats {

        /** ResyncStats groupId */
        groupId?: (number|null);

        /** ResyncStats primaryId */
        primaryId?: (number|null);

        /** ResyncStats secondaryId */
        secondaryId?: (number|null);

        /** ResyncStats state */
        state?: (hivefs.ResyncJobState|null);

        /** ResyncStats startMs */
        startMs?: (number|null);

        /** ResyncStats endMs */
        endMs?: (number|null);

        /** ResyncStats discoveredDirs */
        discoveredDirs?: (number|null);

        /** ResyncStats discoveredFiles */
        discoveredFiles?: (number|null);

        /** ResyncStats syncedDirs */
        syncedDirs?: (number|null);

        /** ResyncStats syncedFiles */
        syncedFiles?: (number|null);

        /** ResyncStats syncedBytes */
        syncedBytes?: (number|null);

        /** ResyncStats bytesToSync */
        bytesToSync?: (number|null);

        /** ResyncStats dirErrors */
        dirErrors?: (number|null);

        /** ResyncStats fileErrors */
        fileErrors?: (number|null);

        /** ResyncStats removedFiles */
        removedFiles?: (number|null);

        /** ResyncStats full */
        full?: (boolean|null);

        /** ResyncStats sinceMs */
        sinceMs?: (number|null);

        /** ResyncStats error */
        error?: (string|null);

        /** ResyncStats journalEntriesReplayed */
        journalEntriesReplayed?: (number|null);

        /** ResyncStats snapshotRecords */
        snapshotRecords?: (number|null);

        /** ResyncStats discoveryErrors */
        discoveryErrors?: (number|null);

        /** ResyncStats sessionsToSync */
        sessionsToSync?: (number|null);

        /** ResyncStats syncedSessions */
        syncedSessions?: (number|null);

        /** ResyncStats sessionError */
        sessionError?: (boolean|null);

        /** ResyncStats modificationErrors */
        modificationErrors?: (number|null);

        /** ResyncStats fromSeq */
        fromSeq?: (number|null);

        /** ResyncStats toSeq */
        toSeq?: (number|null);
    }

    /** Represents a ResyncStats. */
    class ResyncStats implements IResyncStats {

        /**
         * Constructs a new ResyncStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IResyncStats);

        /** ResyncStats groupId. */
        public groupId: number;

        /** ResyncStats primaryId. */
        public primaryId: number;

        /** ResyncStats secondaryId. */
        public secondaryId: number;

        /** ResyncStats state. */
        public state: hivefs.ResyncJobState;

        /** ResyncStats startMs. */
        public startMs: number;

        /** ResyncStats endMs. */
        public endMs: number;

        /** ResyncStats discoveredDirs. */
        public discoveredDirs: number;

        /** ResyncStats discoveredFiles. */
        public discoveredFiles: number;

        /** ResyncStats syncedDirs. */
        public syncedDirs: number;

        /** ResyncStats syncedFiles. */
        public syncedFiles: number;

        /** ResyncStats syncedBytes. */
        public syncedBytes: number;

        /** ResyncStats bytesToSync. */
        public bytesToSync: number;

        /** ResyncStats dirErrors. */
        public dirErrors: number;

        /** ResyncStats fileErrors. */
        public fileErrors: number;

        /** ResyncStats removedFiles. */
        public removedFiles: number;

        /** ResyncStats full. */
        public full: boolean;

        /** ResyncStats sinceMs. */
        public sinceMs: number;

        /** ResyncStats error. */
        public error: string;

        /** ResyncStats journalEntriesReplayed. */
        public journalEntriesReplayed: number;

        /** ResyncStats snapshotRecords. */
        public snapshotRecords: number;

        /** ResyncStats discoveryErrors. */
        public discoveryErrors: number;

        /** ResyncStats sessionsToSync. */
        public sessionsToSync: number;

        /** ResyncStats syncedSessions. */
        public syncedSessions: number;

        /** ResyncStats sessionError. */
        public sessionError: boolean;

        /** ResyncStats modificationErrors. */
        public modificationErrors: number;

        /** ResyncStats fromSeq. */
        public fromSeq: number;

        /** ResyncStats toSeq. */
        public toSeq: number;

        /**
         * Creates a new ResyncStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResyncStats instance
         */
        public static create(properties?: hivefs.IResyncStats): hivefs.ResyncStats;

        /**
         * Encodes the specified ResyncStats message. Does not implicitly {@link hivefs.ResyncStats.verify|verify} messages.
         * @param message ResyncStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IResyncStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResyncStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResyncStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ResyncStats;

        /**
         * Creates a ResyncStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResyncStats
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ResyncStats;

        /**
         * Creates a plain object from a ResyncStats message. Also converts values to other types if specified.
         * @param message ResyncStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ResyncStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResyncStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MetaJournalStats. */
    interface IMetaJournalStats {

        /** MetaJournalStats groupId */
        groupId?: (number|null);

        /** MetaJournalStats nodeId */
        nodeId?: (number|null);

        /** MetaJournalStats role */
        role?: (string|null);

        /** MetaJournalStats appliedSeq */
        appliedSeq?: (number|null);

        /** MetaJournalStats entries */
        entries?: (number|null);

        /** MetaJournalStats bytes */
        bytes?: (number|null);

        /** MetaJournalStats firstSeq */
        firstSeq?: (number|null);

        /** MetaJournalStats lastSeq */
        lastSeq?: (number|null);

        /** MetaJournalStats secondaryAckedSeq */
        secondaryAckedSeq?: (number|null);

        /** MetaJournalStats secondaryState */
        secondaryState?: (string|null);

        /** MetaJournalStats lastCompactionMs */
        lastCompactionMs?: (number|null);

        /** MetaJournalStats lastTrimmedEntries */
        lastTrimmedEntries?: (number|null);

        /** MetaJournalStats forcedTrims */
        forcedTrims?: (number|null);

        /** MetaJournalStats held */
        held?: (number|null);

        /** MetaJournalStats epoch */
        epoch?: (number|null);
    }

    /** Represents a MetaJournalStats. */
    class MetaJournalStats implements IMetaJournalStats {

        /**
         * Constructs a new MetaJournalStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMetaJournalStats);

        /** MetaJournalStats groupId. */
        public groupId: number;

        /** MetaJournalStats nodeId. */
        public nodeId: number;

        /** MetaJournalStats role. */
        public role: string;

        /** MetaJournalStats appliedSeq. */
        public appliedSeq: number;

        /** MetaJournalStats entries. */
        public entries: number;

        /** MetaJournalStats bytes. */
        public bytes: number;

        /** MetaJournalStats firstSeq. */
        public firstSeq: number;

        /** MetaJournalStats lastSeq. */
        public lastSeq: number;

        /** MetaJournalStats secondaryAckedSeq. */
        public secondaryAckedSeq: number;

        /** MetaJournalStats secondaryState. */
        public secondaryState: string;

        /** MetaJournalStats lastCompactionMs. */
        public lastCompactionMs: number;

        /** MetaJournalStats lastTrimmedEntries. */
        public lastTrimmedEntries: number;

        /** MetaJournalStats forcedTrims. */
        public forcedTrims: number;

        /** MetaJournalStats held. */
        public held: number;

        /** MetaJournalStats epoch. */
        public epoch: number;

        /**
         * Creates a new MetaJournalStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetaJournalStats instance
         */
        public static create(properties?: hivefs.IMetaJournalStats): hivefs.MetaJournalStats;

        /**
         * Encodes the specified MetaJournalStats message. Does not implicitly {@link hivefs.MetaJournalStats.verify|verify} messages.
         * @param message MetaJournalStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMetaJournalStats, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetaJournalStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MetaJournalStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MetaJournalStats;

        /**
         * Creates a MetaJournalStats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetaJournalStats
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MetaJournalStats;

        /**
         * Creates a plain object from a MetaJournalStats message. Also converts values to other types if specified.
         * @param message MetaJournalStats
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MetaJournalStats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetaJournalStats to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a Timespec. */
    interface ITimespec {

        /** Timespec sec */
        sec?: (number|null);

        /** Timespec nsec */
        nsec?: (number|null);
    }

    /** Represents a Timespec. */
    class Timespec implements ITimespec {

        /**
         * Constructs a new Timespec.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ITimespec);

        /** Timespec sec. */
        public sec: number;

        /** Timespec nsec. */
        public nsec: number;

        /**
         * Creates a new Timespec instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Timespec instance
         */
        public static create(properties?: hivefs.ITimespec): hivefs.Timespec;

        /**
         * Encodes the specified Timespec message. Does not implicitly {@link hivefs.Timespec.verify|verify} messages.
         * @param message Timespec message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ITimespec, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Timespec message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Timespec
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.Timespec;

        /**
         * Creates a Timespec message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Timespec
         */
        public static fromObject(object: { [k: string]: any }): hivefs.Timespec;

        /**
         * Creates a plain object from a Timespec message. Also converts values to other types if specified.
         * @param message Timespec
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.Timespec, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Timespec to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an Attr. */
    interface IAttr {

        /** Attr entryId */
        entryId?: (string|null);

        /** Attr type */
        type?: (hivefs.EntryType|null);

        /** Attr mode */
        mode?: (number|null);

        /** Attr uid */
        uid?: (number|null);

        /** Attr gid */
        gid?: (number|null);

        /** Attr size */
        size?: (number|null);

        /** Attr atime */
        atime?: (hivefs.ITimespec|null);

        /** Attr mtime */
        mtime?: (hivefs.ITimespec|null);

        /** Attr ctime */
        ctime?: (hivefs.ITimespec|null);

        /** Attr nlink */
        nlink?: (number|null);

        /** Attr ownerNodeId */
        ownerNodeId?: (number|null);

        /** Attr pattern */
        pattern?: (hivefs.IStripePattern|null);

        /** Attr parentId */
        parentId?: (string|null);

        /** Attr ino */
        ino?: (number|null);

        /** Attr openWriters */
        openWriters?: (number|null);

        /** Attr rdev */
        rdev?: (number|null);

        /** Attr blocks */
        blocks?: (number|null);

        /** Attr chunkBlocks */
        chunkBlocks?: (number[]|null);
    }

    /** Represents an Attr. */
    class Attr implements IAttr {

        /**
         * Constructs a new Attr.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IAttr);

        /** Attr entryId. */
        public entryId: string;

        /** Attr type. */
        public type: hivefs.EntryType;

        /** Attr mode. */
        public mode: number;

        /** Attr uid. */
        public uid: number;

        /** Attr gid. */
        public gid: number;

        /** Attr size. */
        public size: number;

        /** Attr atime. */
        public atime?: (hivefs.ITimespec|null);

        /** Attr mtime. */
        public mtime?: (hivefs.ITimespec|null);

        /** Attr ctime. */
        public ctime?: (hivefs.ITimespec|null);

        /** Attr nlink. */
        public nlink: number;

        /** Attr ownerNodeId. */
        public ownerNodeId: number;

        /** Attr pattern. */
        public pattern?: (hivefs.IStripePattern|null);

        /** Attr parentId. */
        public parentId: string;

        /** Attr ino. */
        public ino: number;

        /** Attr openWriters. */
        public openWriters: number;

        /** Attr rdev. */
        public rdev: number;

        /** Attr blocks. */
        public blocks: number;

        /** Attr chunkBlocks. */
        public chunkBlocks: number[];

        /**
         * Creates a new Attr instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Attr instance
         */
        public static create(properties?: hivefs.IAttr): hivefs.Attr;

        /**
         * Encodes the specified Attr message. Does not implicitly {@link hivefs.Attr.verify|verify} messages.
         * @param message Attr message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IAttr, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Attr message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Attr
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.Attr;

        /**
         * Creates an Attr message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Attr
         */
        public static fromObject(object: { [k: string]: any }): hivefs.Attr;

        /**
         * Creates a plain object from an Attr message. Also converts values to other types if specified.
         * @param message Attr
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.Attr, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Attr to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a DirEntry. */
    interface IDirEntry {

        /** DirEntry name */
        name?: (string|null);

        /** DirEntry entryId */
        entryId?: (string|null);

        /** DirEntry type */
        type?: (hivefs.EntryType|null);

        /** DirEntry attr */
        attr?: (hivefs.IAttr|null);
    }

    /** Represents a DirEntry. */
    class DirEntry implements IDirEntry {

        /**
         * Constructs a new DirEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IDirEntry);

        /** DirEntry name. */
        public name: string;

        /** DirEntry entryId. */
        public entryId: string;

        /** DirEntry type. */
        public type: hivefs.EntryType;

        /** DirEntry attr. */
        public attr?: (hivefs.IAttr|null);

        /**
         * Creates a new DirEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DirEntry instance
         */
        public static create(properties?: hivefs.IDirEntry): hivefs.DirEntry;

        /**
         * Encodes the specified DirEntry message. Does not implicitly {@link hivefs.DirEntry.verify|verify} messages.
         * @param message DirEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IDirEntry, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DirEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DirEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.DirEntry;

        /**
         * Creates a DirEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns DirEntry
         */
        public static fromObject(object: { [k: string]: any }): hivefs.DirEntry;

        /**
         * Creates a plain object from a DirEntry message. Also converts values to other types if specified.
         * @param message DirEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.DirEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DirEntry to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RequestTag. */
    interface IRequestTag {

        /** RequestTag clientId */
        clientId?: (number|null);

        /** RequestTag requestId */
        requestId?: (number|null);

        /** RequestTag doneBelow */
        doneBelow?: (number|null);
    }

    /** Represents a RequestTag. */
    class RequestTag implements IRequestTag {

        /**
         * Constructs a new RequestTag.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRequestTag);

        /** RequestTag clientId. */
        public clientId: number;

        /** RequestTag requestId. */
        public requestId: number;

        /** RequestTag doneBelow. */
        public doneBelow: number;

        /**
         * Creates a new RequestTag instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestTag instance
         */
        public static create(properties?: hivefs.IRequestTag): hivefs.RequestTag;

        /**
         * Encodes the specified RequestTag message. Does not implicitly {@link hivefs.RequestTag.verify|verify} messages.
         * @param message RequestTag message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRequestTag, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestTag message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RequestTag
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RequestTag;

        /**
         * Creates a RequestTag message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RequestTag
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RequestTag;

        /**
         * Creates a plain object from a RequestTag message. Also converts values to other types if specified.
         * @param message RequestTag
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RequestTag, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RequestTag to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a LedgerRecord. */
    interface ILedgerRecord {

        /** LedgerRecord rpc */
        rpc?: (number|null);

        /** LedgerRecord atMs */
        atMs?: (number|null);

        /** LedgerRecord attr */
        attr?: (hivefs.IAttr|null);

        /** LedgerRecord handleId */
        handleId?: (number|null);

        /** LedgerRecord created */
        created?: (boolean|null);

        /** LedgerRecord errorCode */
        errorCode?: (number|null);

        /** LedgerRecord errorMessage */
        errorMessage?: (string|null);
    }

    /** Represents a LedgerRecord. */
    class LedgerRecord implements ILedgerRecord {

        /**
         * Constructs a new LedgerRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ILedgerRecord);

        /** LedgerRecord rpc. */
        public rpc: number;

        /** LedgerRecord atMs. */
        public atMs: number;

        /** LedgerRecord attr. */
        public attr?: (hivefs.IAttr|null);

        /** LedgerRecord handleId. */
        public handleId: number;

        /** LedgerRecord created. */
        public created: boolean;

        /** LedgerRecord errorCode. */
        public errorCode: number;

        /** LedgerRecord errorMessage. */
        public errorMessage: string;

        /**
         * Creates a new LedgerRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LedgerRecord instance
         */
        public static create(properties?: hivefs.ILedgerRecord): hivefs.LedgerRecord;

        /**
         * Encodes the specified LedgerRecord message. Does not implicitly {@link hivefs.LedgerRecord.verify|verify} messages.
         * @param message LedgerRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ILedgerRecord, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LedgerRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LedgerRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.LedgerRecord;

        /**
         * Creates a LedgerRecord message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LedgerRecord
         */
        public static fromObject(object: { [k: string]: any }): hivefs.LedgerRecord;

        /**
         * Creates a plain object from a LedgerRecord message. Also converts values to other types if specified.
         * @param message LedgerRecord
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.LedgerRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LedgerRecord to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a LookupReq. */
    interface ILookupReq {

        /** LookupReq cred */
        cred?: (hivefs.ICredentials|null);

        /** LookupReq parentId */
        parentId?: (string|null);

        /** LookupReq name */
        name?: (string|null);
    }

    /** Represents a LookupReq. */
    class LookupReq implements ILookupReq {

        /**
         * Constructs a new LookupReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ILookupReq);

        /** LookupReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** LookupReq parentId. */
        public parentId: string;

        /** LookupReq name. */
        public name: string;

        /**
         * Creates a new LookupReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LookupReq instance
         */
        public static create(properties?: hivefs.ILookupReq): hivefs.LookupReq;

        /**
         * Encodes the specified LookupReq message. Does not implicitly {@link hivefs.LookupReq.verify|verify} messages.
         * @param message LookupReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ILookupReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LookupReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LookupReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.LookupReq;

        /**
         * Creates a LookupReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LookupReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.LookupReq;

        /**
         * Creates a plain object from a LookupReq message. Also converts values to other types if specified.
         * @param message LookupReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.LookupReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LookupReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a LookupResp. */
    interface ILookupResp {

        /** LookupResp attr */
        attr?: (hivefs.IAttr|null);
    }

    /** Represents a LookupResp. */
    class LookupResp implements ILookupResp {

        /**
         * Constructs a new LookupResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ILookupResp);

        /** LookupResp attr. */
        public attr?: (hivefs.IAttr|null);

        /**
         * Creates a new LookupResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LookupResp instance
         */
        public static create(properties?: hivefs.ILookupResp): hivefs.LookupResp;

        /**
         * Encodes the specified LookupResp message. Does not implicitly {@link hivefs.LookupResp.verify|verify} messages.
         * @param message LookupResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ILookupResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LookupResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LookupResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.LookupResp;

        /**
         * Creates a LookupResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LookupResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.LookupResp;

        /**
         * Creates a plain object from a LookupResp message. Also converts values to other types if specified.
         * @param message LookupResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.LookupResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LookupResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetAttrReq. */
    interface IGetAttrReq {

        /** GetAttrReq cred */
        cred?: (hivefs.ICredentials|null);

        /** GetAttrReq entryId */
        entryId?: (string|null);
    }

    /** Represents a GetAttrReq. */
    class GetAttrReq implements IGetAttrReq {

        /**
         * Constructs a new GetAttrReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetAttrReq);

        /** GetAttrReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** GetAttrReq entryId. */
        public entryId: string;

        /**
         * Creates a new GetAttrReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetAttrReq instance
         */
        public static create(properties?: hivefs.IGetAttrReq): hivefs.GetAttrReq;

        /**
         * Encodes the specified GetAttrReq message. Does not implicitly {@link hivefs.GetAttrReq.verify|verify} messages.
         * @param message GetAttrReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetAttrReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetAttrReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetAttrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetAttrReq;

        /**
         * Creates a GetAttrReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetAttrReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetAttrReq;

        /**
         * Creates a plain object from a GetAttrReq message. Also converts values to other types if specified.
         * @param message GetAttrReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetAttrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetAttrReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetAttrResp. */
    interface IGetAttrResp {

        /** GetAttrResp attr */
        attr?: (hivefs.IAttr|null);
    }

    /** Represents a GetAttrResp. */
    class GetAttrResp implements IGetAttrResp {

        /**
         * Constructs a new GetAttrResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetAttrResp);

        /** GetAttrResp attr. */
        public attr?: (hivefs.IAttr|null);

        /**
         * Creates a new GetAttrResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetAttrResp instance
         */
        public static create(properties?: hivefs.IGetAttrResp): hivefs.GetAttrResp;

        /**
         * Encodes the specified GetAttrResp message. Does not implicitly {@link hivefs.GetAttrResp.verify|verify} messages.
         * @param message GetAttrResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetAttrResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetAttrResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetAttrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetAttrResp;

        /**
         * Creates a GetAttrResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetAttrResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetAttrResp;

        /**
         * Creates a plain object from a GetAttrResp message. Also converts values to other types if specified.
         * @param message GetAttrResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetAttrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetAttrResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetAttrReq. */
    interface ISetAttrReq {

        /** SetAttrReq cred */
        cred?: (hivefs.ICredentials|null);

        /** SetAttrReq entryId */
        entryId?: (string|null);

        /** SetAttrReq valid */
        valid?: (number|null);

        /** SetAttrReq mode */
        mode?: (number|null);

        /** SetAttrReq uid */
        uid?: (number|null);

        /** SetAttrReq gid */
        gid?: (number|null);

        /** SetAttrReq size */
        size?: (number|null);

        /** SetAttrReq atime */
        atime?: (hivefs.ITimespec|null);

        /** SetAttrReq mtime */
        mtime?: (hivefs.ITimespec|null);

        /** SetAttrReq handleId */
        handleId?: (number|null);

        /** SetAttrReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a SetAttrReq. */
    class SetAttrReq implements ISetAttrReq {

        /**
         * Constructs a new SetAttrReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetAttrReq);

        /** SetAttrReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** SetAttrReq entryId. */
        public entryId: string;

        /** SetAttrReq valid. */
        public valid: number;

        /** SetAttrReq mode. */
        public mode: number;

        /** SetAttrReq uid. */
        public uid: number;

        /** SetAttrReq gid. */
        public gid: number;

        /** SetAttrReq size. */
        public size: number;

        /** SetAttrReq atime. */
        public atime?: (hivefs.ITimespec|null);

        /** SetAttrReq mtime. */
        public mtime?: (hivefs.ITimespec|null);

        /** SetAttrReq handleId. */
        public handleId: number;

        /** SetAttrReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new SetAttrReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetAttrReq instance
         */
        public static create(properties?: hivefs.ISetAttrReq): hivefs.SetAttrReq;

        /**
         * Encodes the specified SetAttrReq message. Does not implicitly {@link hivefs.SetAttrReq.verify|verify} messages.
         * @param message SetAttrReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetAttrReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetAttrReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetAttrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetAttrReq;

        /**
         * Creates a SetAttrReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetAttrReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetAttrReq;

        /**
         * Creates a plain object from a SetAttrReq message. Also converts values to other types if specified.
         * @param message SetAttrReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetAttrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetAttrReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetAttrResp. */
    interface ISetAttrResp {

        /** SetAttrResp attr */
        attr?: (hivefs.IAttr|null);
    }

    /** Represents a SetAttrResp. */
    class SetAttrResp implements ISetAttrResp {

        /**
         * Constructs a new SetAttrResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetAttrResp);

        /** SetAttrResp attr. */
        public attr?: (hivefs.IAttr|null);

        /**
         * Creates a new SetAttrResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetAttrResp instance
         */
        public static create(properties?: hivefs.ISetAttrResp): hivefs.SetAttrResp;

        /**
         * Encodes the specified SetAttrResp message. Does not implicitly {@link hivefs.SetAttrResp.verify|verify} messages.
         * @param message SetAttrResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetAttrResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetAttrResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetAttrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetAttrResp;

        /**
         * Creates a SetAttrResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetAttrResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetAttrResp;

        /**
         * Creates a plain object from a SetAttrResp message. Also converts values to other types if specified.
         * @param message SetAttrResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetAttrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetAttrResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MkdirReq. */
    interface IMkdirReq {

        /** MkdirReq cred */
        cred?: (hivefs.ICredentials|null);

        /** MkdirReq parentId */
        parentId?: (string|null);

        /** MkdirReq name */
        name?: (string|null);

        /** MkdirReq mode */
        mode?: (number|null);

        /** MkdirReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a MkdirReq. */
    class MkdirReq implements IMkdirReq {

        /**
         * Constructs a new MkdirReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMkdirReq);

        /** MkdirReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** MkdirReq parentId. */
        public parentId: string;

        /** MkdirReq name. */
        public name: string;

        /** MkdirReq mode. */
        public mode: number;

        /** MkdirReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new MkdirReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MkdirReq instance
         */
        public static create(properties?: hivefs.IMkdirReq): hivefs.MkdirReq;

        /**
         * Encodes the specified MkdirReq message. Does not implicitly {@link hivefs.MkdirReq.verify|verify} messages.
         * @param message MkdirReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMkdirReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MkdirReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MkdirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MkdirReq;

        /**
         * Creates a MkdirReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MkdirReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MkdirReq;

        /**
         * Creates a plain object from a MkdirReq message. Also converts values to other types if specified.
         * @param message MkdirReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MkdirReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MkdirReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MkdirResp. */
    interface IMkdirResp {

        /** MkdirResp attr */
        attr?: (hivefs.IAttr|null);

        /** MkdirResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents a MkdirResp. */
    class MkdirResp implements IMkdirResp {

        /**
         * Constructs a new MkdirResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMkdirResp);

        /** MkdirResp attr. */
        public attr?: (hivefs.IAttr|null);

        /** MkdirResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new MkdirResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MkdirResp instance
         */
        public static create(properties?: hivefs.IMkdirResp): hivefs.MkdirResp;

        /**
         * Encodes the specified MkdirResp message. Does not implicitly {@link hivefs.MkdirResp.verify|verify} messages.
         * @param message MkdirResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMkdirResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MkdirResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MkdirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MkdirResp;

        /**
         * Creates a MkdirResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MkdirResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MkdirResp;

        /**
         * Creates a plain object from a MkdirResp message. Also converts values to other types if specified.
         * @param message MkdirResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MkdirResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MkdirResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RmdirReq. */
    interface IRmdirReq {

        /** RmdirReq cred */
        cred?: (hivefs.ICredentials|null);

        /** RmdirReq parentId */
        parentId?: (string|null);

        /** RmdirReq name */
        name?: (string|null);

        /** RmdirReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a RmdirReq. */
    class RmdirReq implements IRmdirReq {

        /**
         * Constructs a new RmdirReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRmdirReq);

        /** RmdirReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** RmdirReq parentId. */
        public parentId: string;

        /** RmdirReq name. */
        public name: string;

        /** RmdirReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new RmdirReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RmdirReq instance
         */
        public static create(properties?: hivefs.IRmdirReq): hivefs.RmdirReq;

        /**
         * Encodes the specified RmdirReq message. Does not implicitly {@link hivefs.RmdirReq.verify|verify} messages.
         * @param message RmdirReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRmdirReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RmdirReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RmdirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RmdirReq;

        /**
         * Creates a RmdirReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RmdirReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RmdirReq;

        /**
         * Creates a plain object from a RmdirReq message. Also converts values to other types if specified.
         * @param message RmdirReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RmdirReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RmdirReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RmdirResp. */
    interface IRmdirResp {

        /** RmdirResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents a RmdirResp. */
    class RmdirResp implements IRmdirResp {

        /**
         * Constructs a new RmdirResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRmdirResp);

        /** RmdirResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new RmdirResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RmdirResp instance
         */
        public static create(properties?: hivefs.IRmdirResp): hivefs.RmdirResp;

        /**
         * Encodes the specified RmdirResp message. Does not implicitly {@link hivefs.RmdirResp.verify|verify} messages.
         * @param message RmdirResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRmdirResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RmdirResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RmdirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RmdirResp;

        /**
         * Creates a RmdirResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RmdirResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RmdirResp;

        /**
         * Creates a plain object from a RmdirResp message. Also converts values to other types if specified.
         * @param message RmdirResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RmdirResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RmdirResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a CreateReq. */
    interface ICreateReq {

        /** CreateReq cred */
        cred?: (hivefs.ICredentials|null);

        /** CreateReq parentId */
        parentId?: (string|null);

        /** CreateReq name */
        name?: (string|null);

        /** CreateReq mode */
        mode?: (number|null);

        /** CreateReq flags */
        flags?: (number|null);

        /** CreateReq clientId */
        clientId?: (number|null);

        /** CreateReq open */
        open?: (boolean|null);

        /** CreateReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a CreateReq. */
    class CreateReq implements ICreateReq {

        /**
         * Constructs a new CreateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICreateReq);

        /** CreateReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** CreateReq parentId. */
        public parentId: string;

        /** CreateReq name. */
        public name: string;

        /** CreateReq mode. */
        public mode: number;

        /** CreateReq flags. */
        public flags: number;

        /** CreateReq clientId. */
        public clientId: number;

        /** CreateReq open. */
        public open: boolean;

        /** CreateReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new CreateReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CreateReq instance
         */
        public static create(properties?: hivefs.ICreateReq): hivefs.CreateReq;

        /**
         * Encodes the specified CreateReq message. Does not implicitly {@link hivefs.CreateReq.verify|verify} messages.
         * @param message CreateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICreateReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CreateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CreateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.CreateReq;

        /**
         * Creates a CreateReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CreateReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.CreateReq;

        /**
         * Creates a plain object from a CreateReq message. Also converts values to other types if specified.
         * @param message CreateReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.CreateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CreateReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a CreateResp. */
    interface ICreateResp {

        /** CreateResp attr */
        attr?: (hivefs.IAttr|null);

        /** CreateResp handleId */
        handleId?: (number|null);

        /** CreateResp created */
        created?: (boolean|null);

        /** CreateResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents a CreateResp. */
    class CreateResp implements ICreateResp {

        /**
         * Constructs a new CreateResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICreateResp);

        /** CreateResp attr. */
        public attr?: (hivefs.IAttr|null);

        /** CreateResp handleId. */
        public handleId: number;

        /** CreateResp created. */
        public created: boolean;

        /** CreateResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new CreateResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CreateResp instance
         */
        public static create(properties?: hivefs.ICreateResp): hivefs.CreateResp;

        /**
         * Encodes the specified CreateResp message. Does not implicitly {@link hivefs.CreateResp.verify|verify} messages.
         * @param message CreateResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICreateResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CreateResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CreateResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.CreateResp;

        /**
         * Creates a CreateResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CreateResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.CreateResp;

        /**
         * Creates a plain object from a CreateResp message. Also converts values to other types if specified.
         * @param message CreateResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.CreateResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CreateResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MknodReq. */
    interface IMknodReq {

        /** MknodReq cred */
        cred?: (hivefs.ICredentials|null);

        /** MknodReq parentId */
        parentId?: (string|null);

        /** MknodReq name */
        name?: (string|null);

        /** MknodReq type */
        type?: (hivefs.EntryType|null);

        /** MknodReq mode */
        mode?: (number|null);

        /** MknodReq rdev */
        rdev?: (number|null);

        /** MknodReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a MknodReq. */
    class MknodReq implements IMknodReq {

        /**
         * Constructs a new MknodReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMknodReq);

        /** MknodReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** MknodReq parentId. */
        public parentId: string;

        /** MknodReq name. */
        public name: string;

        /** MknodReq type. */
        public type: hivefs.EntryType;

        /** MknodReq mode. */
        public mode: number;

        /** MknodReq rdev. */
        public rdev: number;

        /** MknodReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new MknodReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MknodReq instance
         */
        public static create(properties?: hivefs.IMknodReq): hivefs.MknodReq;

        /**
         * Encodes the specified MknodReq message. Does not implicitly {@link hivefs.MknodReq.verify|verify} messages.
         * @param message MknodReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMknodReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MknodReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MknodReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MknodReq;

        /**
         * Creates a MknodReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MknodReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MknodReq;

        /**
         * Creates a plain object from a MknodReq message. Also converts values to other types if specified.
         * @param message MknodReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MknodReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MknodReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MknodResp. */
    interface IMknodResp {

        /** MknodResp attr */
        attr?: (hivefs.IAttr|null);

        /** MknodResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents a MknodResp. */
    class MknodResp implements IMknodResp {

        /**
         * Constructs a new MknodResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMknodResp);

        /** MknodResp attr. */
        public attr?: (hivefs.IAttr|null);

        /** MknodResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new MknodResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MknodResp instance
         */
        public static create(properties?: hivefs.IMknodResp): hivefs.MknodResp;

        /**
         * Encodes the specified MknodResp message. Does not implicitly {@link hivefs.MknodResp.verify|verify} messages.
         * @param message MknodResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMknodResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MknodResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MknodResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MknodResp;

        /**
         * Creates a MknodResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MknodResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MknodResp;

        /**
         * Creates a plain object from a MknodResp message. Also converts values to other types if specified.
         * @param message MknodResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MknodResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MknodResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an OpenReq. */
    interface IOpenReq {

        /** OpenReq cred */
        cred?: (hivefs.ICredentials|null);

        /** OpenReq entryId */
        entryId?: (string|null);

        /** OpenReq flags */
        flags?: (number|null);

        /** OpenReq clientId */
        clientId?: (number|null);

        /** OpenReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents an OpenReq. */
    class OpenReq implements IOpenReq {

        /**
         * Constructs a new OpenReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IOpenReq);

        /** OpenReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** OpenReq entryId. */
        public entryId: string;

        /** OpenReq flags. */
        public flags: number;

        /** OpenReq clientId. */
        public clientId: number;

        /** OpenReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new OpenReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpenReq instance
         */
        public static create(properties?: hivefs.IOpenReq): hivefs.OpenReq;

        /**
         * Encodes the specified OpenReq message. Does not implicitly {@link hivefs.OpenReq.verify|verify} messages.
         * @param message OpenReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IOpenReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpenReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns OpenReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.OpenReq;

        /**
         * Creates an OpenReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OpenReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.OpenReq;

        /**
         * Creates a plain object from an OpenReq message. Also converts values to other types if specified.
         * @param message OpenReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.OpenReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OpenReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an OpenResp. */
    interface IOpenResp {

        /** OpenResp attr */
        attr?: (hivefs.IAttr|null);

        /** OpenResp handleId */
        handleId?: (number|null);
    }

    /** Represents an OpenResp. */
    class OpenResp implements IOpenResp {

        /**
         * Constructs a new OpenResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IOpenResp);

        /** OpenResp attr. */
        public attr?: (hivefs.IAttr|null);

        /** OpenResp handleId. */
        public handleId: number;

        /**
         * Creates a new OpenResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OpenResp instance
         */
        public static create(properties?: hivefs.IOpenResp): hivefs.OpenResp;

        /**
         * Encodes the specified OpenResp message. Does not implicitly {@link hivefs.OpenResp.verify|verify} messages.
         * @param message OpenResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IOpenResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OpenResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns OpenResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.OpenResp;

        /**
         * Creates an OpenResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OpenResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.OpenResp;

        /**
         * Creates a plain object from an OpenResp message. Also converts values to other types if specified.
         * @param message OpenResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.OpenResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OpenResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ChunkBlocks. */
    interface IChunkBlocks {

        /** ChunkBlocks index */
        index?: (number|null);

        /** ChunkBlocks blocks */
        blocks?: (number|null);
    }

    /** Represents a ChunkBlocks. */
    class ChunkBlocks implements IChunkBlocks {

        /**
         * Constructs a new ChunkBlocks.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IChunkBlocks);

        /** ChunkBlocks index. */
        public index: number;

        /** ChunkBlocks blocks. */
        public blocks: number;

        /**
         * Creates a new ChunkBlocks instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkBlocks instance
         */
        public static create(properties?: hivefs.IChunkBlocks): hivefs.ChunkBlocks;

        /**
         * Encodes the specified ChunkBlocks message. Does not implicitly {@link hivefs.ChunkBlocks.verify|verify} messages.
         * @param message ChunkBlocks message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IChunkBlocks, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkBlocks message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ChunkBlocks
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ChunkBlocks;

        /**
         * Creates a ChunkBlocks message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkBlocks
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ChunkBlocks;

        /**
         * Creates a plain object from a ChunkBlocks message. Also converts values to other types if specified.
         * @param message ChunkBlocks
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ChunkBlocks, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkBlocks to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a CloseReq. */
    interface ICloseReq {

        /** CloseReq entryId */
        entryId?: (string|null);

        /** CloseReq handleId */
        handleId?: (number|null);

        /** CloseReq clientId */
        clientId?: (number|null);

        /** CloseReq sizeHint */
        sizeHint?: (number|null);

        /** CloseReq mtime */
        mtime?: (hivefs.ITimespec|null);

        /** CloseReq chunkBlocks */
        chunkBlocks?: (hivefs.IChunkBlocks[]|null);

        /** CloseReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a CloseReq. */
    class CloseReq implements ICloseReq {

        /**
         * Constructs a new CloseReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICloseReq);

        /** CloseReq entryId. */
        public entryId: string;

        /** CloseReq handleId. */
        public handleId: number;

        /** CloseReq clientId. */
        public clientId: number;

        /** CloseReq sizeHint. */
        public sizeHint: number;

        /** CloseReq mtime. */
        public mtime?: (hivefs.ITimespec|null);

        /** CloseReq chunkBlocks. */
        public chunkBlocks: hivefs.IChunkBlocks[];

        /** CloseReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new CloseReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseReq instance
         */
        public static create(properties?: hivefs.ICloseReq): hivefs.CloseReq;

        /**
         * Encodes the specified CloseReq message. Does not implicitly {@link hivefs.CloseReq.verify|verify} messages.
         * @param message CloseReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICloseReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CloseReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.CloseReq;

        /**
         * Creates a CloseReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CloseReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.CloseReq;

        /**
         * Creates a plain object from a CloseReq message. Also converts values to other types if specified.
         * @param message CloseReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.CloseReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CloseReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a CloseResp. */
    interface ICloseResp {
    }

    /** Represents a CloseResp. */
    class CloseResp implements ICloseResp {

        /**
         * Constructs a new CloseResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICloseResp);

        /**
         * Creates a new CloseResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseResp instance
         */
        public static create(properties?: hivefs.ICloseResp): hivefs.CloseResp;

        /**
         * Encodes the specified CloseResp message. Does not implicitly {@link hivefs.CloseResp.verify|verify} messages.
         * @param message CloseResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICloseResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CloseResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.CloseResp;

        /**
         * Creates a CloseResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CloseResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.CloseResp;

        /**
         * Creates a plain object from a CloseResp message. Also converts values to other types if specified.
         * @param message CloseResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.CloseResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CloseResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SessionRef. */
    interface ISessionRef {

        /** SessionRef entryId */
        entryId?: (string|null);

        /** SessionRef handleId */
        handleId?: (number|null);
    }

    /** Represents a SessionRef. */
    class SessionRef implements ISessionRef {

        /**
         * Constructs a new SessionRef.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISessionRef);

        /** SessionRef entryId. */
        public entryId: string;

        /** SessionRef handleId. */
        public handleId: number;

        /**
         * Creates a new SessionRef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionRef instance
         */
        public static create(properties?: hivefs.ISessionRef): hivefs.SessionRef;

        /**
         * Encodes the specified SessionRef message. Does not implicitly {@link hivefs.SessionRef.verify|verify} messages.
         * @param message SessionRef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISessionRef, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionRef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SessionRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SessionRef;

        /**
         * Creates a SessionRef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionRef
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SessionRef;

        /**
         * Creates a plain object from a SessionRef message. Also converts values to other types if specified.
         * @param message SessionRef
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SessionRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionRef to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a CloseSessionsReq. */
    interface ICloseSessionsReq {

        /** CloseSessionsReq clientId */
        clientId?: (number|null);

        /** CloseSessionsReq sessions */
        sessions?: (hivefs.ISessionRef[]|null);
    }

    /** Represents a CloseSessionsReq. */
    class CloseSessionsReq implements ICloseSessionsReq {

        /**
         * Constructs a new CloseSessionsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICloseSessionsReq);

        /** CloseSessionsReq clientId. */
        public clientId: number;

        /** CloseSessionsReq sessions. */
        public sessions: hivefs.ISessionRef[];

        /**
         * Creates a new CloseSessionsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseSessionsReq instance
         */
        public static create(properties?: hivefs.ICloseSessionsReq): hivefs.CloseSessionsReq;

        /**
         * Encodes the specified CloseSessionsReq message. Does not implicitly {@link hivefs.CloseSessionsReq.verify|verify} messages.
         * @param message CloseSessionsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICloseSessionsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseSessionsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CloseSessionsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.CloseSessionsReq;

        /**
         * Creates a CloseSessionsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CloseSessionsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.CloseSessionsReq;

        /**
         * Creates a plain object from a CloseSessionsReq message. Also converts values to other types if specified.
         * @param message CloseSessionsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.CloseSessionsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CloseSessionsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a CloseSessionsResp. */
    interface ICloseSessionsResp {

        /** CloseSessionsResp closed */
        closed?: (number|null);

        /** CloseSessionsResp gone */
        gone?: (number|null);
    }

    /** Represents a CloseSessionsResp. */
    class CloseSessionsResp implements ICloseSessionsResp {

        /**
         * Constructs a new CloseSessionsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ICloseSessionsResp);

        /** CloseSessionsResp closed. */
        public closed: number;

        /** CloseSessionsResp gone. */
        public gone: number;

        /**
         * Creates a new CloseSessionsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CloseSessionsResp instance
         */
        public static create(properties?: hivefs.ICloseSessionsResp): hivefs.CloseSessionsResp;

        /**
         * Encodes the specified CloseSessionsResp message. Does not implicitly {@link hivefs.CloseSessionsResp.verify|verify} messages.
         * @param message CloseSessionsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ICloseSessionsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CloseSessionsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CloseSessionsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.CloseSessionsResp;

        /**
         * Creates a CloseSessionsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CloseSessionsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.CloseSessionsResp;

        /**
         * Creates a plain object from a CloseSessionsResp message. Also converts values to other types if specified.
         * @param message CloseSessionsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.CloseSessionsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CloseSessionsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReportWriteReq. */
    interface IReportWriteReq {

        /** ReportWriteReq entryId */
        entryId?: (string|null);

        /** ReportWriteReq handleId */
        handleId?: (number|null);

        /** ReportWriteReq clientId */
        clientId?: (number|null);

        /** ReportWriteReq sizeHint */
        sizeHint?: (number|null);

        /** ReportWriteReq mtime */
        mtime?: (hivefs.ITimespec|null);

        /** ReportWriteReq chunkBlocks */
        chunkBlocks?: (hivefs.IChunkBlocks[]|null);

        /** ReportWriteReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a ReportWriteReq. */
    class ReportWriteReq implements IReportWriteReq {

        /**
         * Constructs a new ReportWriteReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReportWriteReq);

        /** ReportWriteReq entryId. */
        public entryId: string;

        /** ReportWriteReq handleId. */
        public handleId: number;

        /** ReportWriteReq clientId. */
        public clientId: number;

        /** ReportWriteReq sizeHint. */
        public sizeHint: number;

        /** ReportWriteReq mtime. */
        public mtime?: (hivefs.ITimespec|null);

        /** ReportWriteReq chunkBlocks. */
        public chunkBlocks: hivefs.IChunkBlocks[];

        /** ReportWriteReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new ReportWriteReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReportWriteReq instance
         */
        public static create(properties?: hivefs.IReportWriteReq): hivefs.ReportWriteReq;

        /**
         * Encodes the specified ReportWriteReq message. Does not implicitly {@link hivefs.ReportWriteReq.verify|verify} messages.
         * @param message ReportWriteReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReportWriteReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReportWriteReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReportWriteReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReportWriteReq;

        /**
         * Creates a ReportWriteReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReportWriteReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReportWriteReq;

        /**
         * Creates a plain object from a ReportWriteReq message. Also converts values to other types if specified.
         * @param message ReportWriteReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReportWriteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReportWriteReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReportWriteResp. */
    interface IReportWriteResp {

        /** ReportWriteResp attr */
        attr?: (hivefs.IAttr|null);
    }

    /** Represents a ReportWriteResp. */
    class ReportWriteResp implements IReportWriteResp {

        /**
         * Constructs a new ReportWriteResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReportWriteResp);

        /** ReportWriteResp attr. */
        public attr?: (hivefs.IAttr|null);

        /**
         * Creates a new ReportWriteResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReportWriteResp instance
         */
        public static create(properties?: hivefs.IReportWriteResp): hivefs.ReportWriteResp;

        /**
         * Encodes the specified ReportWriteResp message. Does not implicitly {@link hivefs.ReportWriteResp.verify|verify} messages.
         * @param message ReportWriteResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReportWriteResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReportWriteResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReportWriteResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReportWriteResp;

        /**
         * Creates a ReportWriteResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReportWriteResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReportWriteResp;

        /**
         * Creates a plain object from a ReportWriteResp message. Also converts values to other types if specified.
         * @param message ReportWriteResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReportWriteResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReportWriteResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an UnlinkReq. */
    interface IUnlinkReq {

        /** UnlinkReq cred */
        cred?: (hivefs.ICredentials|null);

        /** UnlinkReq parentId */
        parentId?: (string|null);

        /** UnlinkReq name */
        name?: (string|null);

        /** UnlinkReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents an UnlinkReq. */
    class UnlinkReq implements IUnlinkReq {

        /**
         * Constructs a new UnlinkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IUnlinkReq);

        /** UnlinkReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** UnlinkReq parentId. */
        public parentId: string;

        /** UnlinkReq name. */
        public name: string;

        /** UnlinkReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new UnlinkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlinkReq instance
         */
        public static create(properties?: hivefs.IUnlinkReq): hivefs.UnlinkReq;

        /**
         * Encodes the specified UnlinkReq message. Does not implicitly {@link hivefs.UnlinkReq.verify|verify} messages.
         * @param message UnlinkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IUnlinkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlinkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.UnlinkReq;

        /**
         * Creates an UnlinkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlinkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.UnlinkReq;

        /**
         * Creates a plain object from an UnlinkReq message. Also converts values to other types if specified.
         * @param message UnlinkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.UnlinkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlinkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an UnlinkResp. */
    interface IUnlinkResp {

        /** UnlinkResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents an UnlinkResp. */
    class UnlinkResp implements IUnlinkResp {

        /**
         * Constructs a new UnlinkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IUnlinkResp);

        /** UnlinkResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new UnlinkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlinkResp instance
         */
        public static create(properties?: hivefs.IUnlinkResp): hivefs.UnlinkResp;

        /**
         * Encodes the specified UnlinkResp message. Does not implicitly {@link hivefs.UnlinkResp.verify|verify} messages.
         * @param message UnlinkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IUnlinkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlinkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.UnlinkResp;

        /**
         * Creates an UnlinkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlinkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.UnlinkResp;

        /**
         * Creates a plain object from an UnlinkResp message. Also converts values to other types if specified.
         * @param message UnlinkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.UnlinkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlinkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RenameReq. */
    interface IRenameReq {

        /** RenameReq cred */
        cred?: (hivefs.ICredentials|null);

        /** RenameReq srcParentId */
        srcParentId?: (string|null);

        /** RenameReq srcName */
        srcName?: (string|null);

        /** RenameReq dstParentId */
        dstParentId?: (string|null);

        /** RenameReq dstName */
        dstName?: (string|null);

        /** RenameReq noReplace */
        noReplace?: (boolean|null);

        /** RenameReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a RenameReq. */
    class RenameReq implements IRenameReq {

        /**
         * Constructs a new RenameReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRenameReq);

        /** RenameReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** RenameReq srcParentId. */
        public srcParentId: string;

        /** RenameReq srcName. */
        public srcName: string;

        /** RenameReq dstParentId. */
        public dstParentId: string;

        /** RenameReq dstName. */
        public dstName: string;

        /** RenameReq noReplace. */
        public noReplace: boolean;

        /** RenameReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new RenameReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RenameReq instance
         */
        public static create(properties?: hivefs.IRenameReq): hivefs.RenameReq;

        /**
         * Encodes the specified RenameReq message. Does not implicitly {@link hivefs.RenameReq.verify|verify} messages.
         * @param message RenameReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRenameReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RenameReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RenameReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RenameReq;

        /**
         * Creates a RenameReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RenameReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RenameReq;

        /**
         * Creates a plain object from a RenameReq message. Also converts values to other types if specified.
         * @param message RenameReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RenameReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RenameReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RenameResp. */
    interface IRenameResp {

        /** RenameResp srcParent */
        srcParent?: (hivefs.IAttr|null);

        /** RenameResp dstParent */
        dstParent?: (hivefs.IAttr|null);
    }

    /** Represents a RenameResp. */
    class RenameResp implements IRenameResp {

        /**
         * Constructs a new RenameResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRenameResp);

        /** RenameResp srcParent. */
        public srcParent?: (hivefs.IAttr|null);

        /** RenameResp dstParent. */
        public dstParent?: (hivefs.IAttr|null);

        /**
         * Creates a new RenameResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RenameResp instance
         */
        public static create(properties?: hivefs.IRenameResp): hivefs.RenameResp;

        /**
         * Encodes the specified RenameResp message. Does not implicitly {@link hivefs.RenameResp.verify|verify} messages.
         * @param message RenameResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRenameResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RenameResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RenameResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RenameResp;

        /**
         * Creates a RenameResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RenameResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RenameResp;

        /**
         * Creates a plain object from a RenameResp message. Also converts values to other types if specified.
         * @param message RenameResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RenameResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RenameResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReaddirReq. */
    interface IReaddirReq {

        /** ReaddirReq cred */
        cred?: (hivefs.ICredentials|null);

        /** ReaddirReq dirId */
        dirId?: (string|null);

        /** ReaddirReq after */
        after?: (string|null);

        /** ReaddirReq limit */
        limit?: (number|null);

        /** ReaddirReq withAttrs */
        withAttrs?: (boolean|null);
    }

    /** Represents a ReaddirReq. */
    class ReaddirReq implements IReaddirReq {

        /**
         * Constructs a new ReaddirReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReaddirReq);

        /** ReaddirReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** ReaddirReq dirId. */
        public dirId: string;

        /** ReaddirReq after. */
        public after: string;

        /** ReaddirReq limit. */
        public limit: number;

        /** ReaddirReq withAttrs. */
        public withAttrs: boolean;

        /**
         * Creates a new ReaddirReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReaddirReq instance
         */
        public static create(properties?: hivefs.IReaddirReq): hivefs.ReaddirReq;

        /**
         * Encodes the specified ReaddirReq message. Does not implicitly {@link hivefs.ReaddirReq.verify|verify} messages.
         * @param message ReaddirReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReaddirReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReaddirReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReaddirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReaddirReq;

        /**
         * Creates a ReaddirReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReaddirReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReaddirReq;

        /**
         * Creates a plain object from a ReaddirReq message. Also converts values to other types if specified.
         * @param message ReaddirReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReaddirReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReaddirReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReaddirResp. */
    interface IReaddirResp {

        /** ReaddirResp entries */
        entries?: (hivefs.IDirEntry[]|null);

        /** ReaddirResp eof */
        eof?: (boolean|null);
    }

    /** Represents a ReaddirResp. */
    class ReaddirResp implements IReaddirResp {

        /**
         * Constructs a new ReaddirResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReaddirResp);

        /** ReaddirResp entries. */
        public entries: hivefs.IDirEntry[];

        /** ReaddirResp eof. */
        public eof: boolean;

        /**
         * Creates a new ReaddirResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReaddirResp instance
         */
        public static create(properties?: hivefs.IReaddirResp): hivefs.ReaddirResp;

        /**
         * Encodes the specified ReaddirResp message. Does not implicitly {@link hivefs.ReaddirResp.verify|verify} messages.
         * @param message ReaddirResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReaddirResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReaddirResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReaddirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReaddirResp;

        /**
         * Creates a ReaddirResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReaddirResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReaddirResp;

        /**
         * Creates a plain object from a ReaddirResp message. Also converts values to other types if specified.
         * @param message ReaddirResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReaddirResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReaddirResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SymlinkReq. */
    interface ISymlinkReq {

        /** SymlinkReq cred */
        cred?: (hivefs.ICredentials|null);

        /** SymlinkReq parentId */
        parentId?: (string|null);

        /** SymlinkReq name */
        name?: (string|null);

        /** SymlinkReq target */
        target?: (string|null);

        /** SymlinkReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a SymlinkReq. */
    class SymlinkReq implements ISymlinkReq {

        /**
         * Constructs a new SymlinkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISymlinkReq);

        /** SymlinkReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** SymlinkReq parentId. */
        public parentId: string;

        /** SymlinkReq name. */
        public name: string;

        /** SymlinkReq target. */
        public target: string;

        /** SymlinkReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new SymlinkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SymlinkReq instance
         */
        public static create(properties?: hivefs.ISymlinkReq): hivefs.SymlinkReq;

        /**
         * Encodes the specified SymlinkReq message. Does not implicitly {@link hivefs.SymlinkReq.verify|verify} messages.
         * @param message SymlinkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISymlinkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SymlinkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SymlinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SymlinkReq;

        /**
         * Creates a SymlinkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SymlinkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SymlinkReq;

        /**
         * Creates a plain object from a SymlinkReq message. Also converts values to other types if specified.
         * @param message SymlinkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SymlinkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SymlinkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SymlinkResp. */
    interface ISymlinkResp {

        /** SymlinkResp attr */
        attr?: (hivefs.IAttr|null);

        /** SymlinkResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents a SymlinkResp. */
    class SymlinkResp implements ISymlinkResp {

        /**
         * Constructs a new SymlinkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISymlinkResp);

        /** SymlinkResp attr. */
        public attr?: (hivefs.IAttr|null);

        /** SymlinkResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new SymlinkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SymlinkResp instance
         */
        public static create(properties?: hivefs.ISymlinkResp): hivefs.SymlinkResp;

        /**
         * Encodes the specified SymlinkResp message. Does not implicitly {@link hivefs.SymlinkResp.verify|verify} messages.
         * @param message SymlinkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISymlinkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SymlinkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SymlinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SymlinkResp;

        /**
         * Creates a SymlinkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SymlinkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SymlinkResp;

        /**
         * Creates a plain object from a SymlinkResp message. Also converts values to other types if specified.
         * @param message SymlinkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SymlinkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SymlinkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReadlinkReq. */
    interface IReadlinkReq {

        /** ReadlinkReq cred */
        cred?: (hivefs.ICredentials|null);

        /** ReadlinkReq entryId */
        entryId?: (string|null);
    }

    /** Represents a ReadlinkReq. */
    class ReadlinkReq implements IReadlinkReq {

        /**
         * Constructs a new ReadlinkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReadlinkReq);

        /** ReadlinkReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** ReadlinkReq entryId. */
        public entryId: string;

        /**
         * Creates a new ReadlinkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadlinkReq instance
         */
        public static create(properties?: hivefs.IReadlinkReq): hivefs.ReadlinkReq;

        /**
         * Encodes the specified ReadlinkReq message. Does not implicitly {@link hivefs.ReadlinkReq.verify|verify} messages.
         * @param message ReadlinkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReadlinkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadlinkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadlinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReadlinkReq;

        /**
         * Creates a ReadlinkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadlinkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReadlinkReq;

        /**
         * Creates a plain object from a ReadlinkReq message. Also converts values to other types if specified.
         * @param message ReadlinkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReadlinkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadlinkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReadlinkResp. */
    interface IReadlinkResp {

        /** ReadlinkResp target */
        target?: (string|null);
    }

    /** Represents a ReadlinkResp. */
    class ReadlinkResp implements IReadlinkResp {

        /**
         * Constructs a new ReadlinkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReadlinkResp);

        /** ReadlinkResp target. */
        public target: string;

        /**
         * Creates a new ReadlinkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadlinkResp instance
         */
        public static create(properties?: hivefs.IReadlinkResp): hivefs.ReadlinkResp;

        /**
         * Encodes the specified ReadlinkResp message. Does not implicitly {@link hivefs.ReadlinkResp.verify|verify} messages.
         * @param message ReadlinkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReadlinkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadlinkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadlinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReadlinkResp;

        /**
         * Creates a ReadlinkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadlinkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReadlinkResp;

        /**
         * Creates a plain object from a ReadlinkResp message. Also converts values to other types if specified.
         * @param message ReadlinkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReadlinkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadlinkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a LinkReq. */
    interface ILinkReq {

        /** LinkReq cred */
        cred?: (hivefs.ICredentials|null);

        /** LinkReq entryId */
        entryId?: (string|null);

        /** LinkReq newParentId */
        newParentId?: (string|null);

        /** LinkReq newName */
        newName?: (string|null);

        /** LinkReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a LinkReq. */
    class LinkReq implements ILinkReq {

        /**
         * Constructs a new LinkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ILinkReq);

        /** LinkReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** LinkReq entryId. */
        public entryId: string;

        /** LinkReq newParentId. */
        public newParentId: string;

        /** LinkReq newName. */
        public newName: string;

        /** LinkReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new LinkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinkReq instance
         */
        public static create(properties?: hivefs.ILinkReq): hivefs.LinkReq;

        /**
         * Encodes the specified LinkReq message. Does not implicitly {@link hivefs.LinkReq.verify|verify} messages.
         * @param message LinkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ILinkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.LinkReq;

        /**
         * Creates a LinkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.LinkReq;

        /**
         * Creates a plain object from a LinkReq message. Also converts values to other types if specified.
         * @param message LinkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.LinkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a LinkResp. */
    interface ILinkResp {

        /** LinkResp attr */
        attr?: (hivefs.IAttr|null);

        /** LinkResp parent */
        parent?: (hivefs.IAttr|null);
    }

    /** Represents a LinkResp. */
    class LinkResp implements ILinkResp {

        /**
         * Constructs a new LinkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ILinkResp);

        /** LinkResp attr. */
        public attr?: (hivefs.IAttr|null);

        /** LinkResp parent. */
        public parent?: (hivefs.IAttr|null);

        /**
         * Creates a new LinkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinkResp instance
         */
        public static create(properties?: hivefs.ILinkResp): hivefs.LinkResp;

        /**
         * Encodes the specified LinkResp message. Does not implicitly {@link hivefs.LinkResp.verify|verify} messages.
         * @param message LinkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ILinkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.LinkResp;

        /**
         * Creates a LinkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LinkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.LinkResp;

        /**
         * Creates a plain object from a LinkResp message. Also converts values to other types if specified.
         * @param message LinkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.LinkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LinkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetXattrReq. */
    interface ISetXattrReq {

        /** SetXattrReq cred */
        cred?: (hivefs.ICredentials|null);

        /** SetXattrReq entryId */
        entryId?: (string|null);

        /** SetXattrReq name */
        name?: (string|null);

        /** SetXattrReq value */
        value?: (Uint8Array|null);

        /** SetXattrReq flags */
        flags?: (number|null);

        /** SetXattrReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a SetXattrReq. */
    class SetXattrReq implements ISetXattrReq {

        /**
         * Constructs a new SetXattrReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetXattrReq);

        /** SetXattrReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** SetXattrReq entryId. */
        public entryId: string;

        /** SetXattrReq name. */
        public name: string;

        /** SetXattrReq value. */
        public value: Uint8Array;

        /** SetXattrReq flags. */
        public flags: number;

        /** SetXattrReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new SetXattrReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetXattrReq instance
         */
        public static create(properties?: hivefs.ISetXattrReq): hivefs.SetXattrReq;

        /**
         * Encodes the specified SetXattrReq message. Does not implicitly {@link hivefs.SetXattrReq.verify|verify} messages.
         * @param message SetXattrReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetXattrReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetXattrReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetXattrReq;

        /**
         * Creates a SetXattrReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetXattrReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetXattrReq;

        /**
         * Creates a plain object from a SetXattrReq message. Also converts values to other types if specified.
         * @param message SetXattrReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetXattrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetXattrReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetXattrResp. */
    interface ISetXattrResp {
    }

    /** Represents a SetXattrResp. */
    class SetXattrResp implements ISetXattrResp {

        /**
         * Constructs a new SetXattrResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetXattrResp);

        /**
         * Creates a new SetXattrResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetXattrResp instance
         */
        public static create(properties?: hivefs.ISetXattrResp): hivefs.SetXattrResp;

        /**
         * Encodes the specified SetXattrResp message. Does not implicitly {@link hivefs.SetXattrResp.verify|verify} messages.
         * @param message SetXattrResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetXattrResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetXattrResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetXattrResp;

        /**
         * Creates a SetXattrResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetXattrResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetXattrResp;

        /**
         * Creates a plain object from a SetXattrResp message. Also converts values to other types if specified.
         * @param message SetXattrResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetXattrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetXattrResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetXattrReq. */
    interface IGetXattrReq {

        /** GetXattrReq cred */
        cred?: (hivefs.ICredentials|null);

        /** GetXattrReq entryId */
        entryId?: (string|null);

        /** GetXattrReq name */
        name?: (string|null);
    }

    /** Represents a GetXattrReq. */
    class GetXattrReq implements IGetXattrReq {

        /**
         * Constructs a new GetXattrReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetXattrReq);

        /** GetXattrReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** GetXattrReq entryId. */
        public entryId: string;

        /** GetXattrReq name. */
        public name: string;

        /**
         * Creates a new GetXattrReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetXattrReq instance
         */
        public static create(properties?: hivefs.IGetXattrReq): hivefs.GetXattrReq;

        /**
         * Encodes the specified GetXattrReq message. Does not implicitly {@link hivefs.GetXattrReq.verify|verify} messages.
         * @param message GetXattrReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetXattrReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetXattrReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetXattrReq;

        /**
         * Creates a GetXattrReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetXattrReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetXattrReq;

        /**
         * Creates a plain object from a GetXattrReq message. Also converts values to other types if specified.
         * @param message GetXattrReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetXattrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetXattrReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetXattrResp. */
    interface IGetXattrResp {

        /** GetXattrResp value */
        value?: (Uint8Array|null);
    }

    /** Represents a GetXattrResp. */
    class GetXattrResp implements IGetXattrResp {

        /**
         * Constructs a new GetXattrResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetXattrResp);

        /** GetXattrResp value. */
        public value: Uint8Array;

        /**
         * Creates a new GetXattrResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetXattrResp instance
         */
        public static create(properties?: hivefs.IGetXattrResp): hivefs.GetXattrResp;

        /**
         * Encodes the specified GetXattrResp message. Does not implicitly {@link hivefs.GetXattrResp.verify|verify} messages.
         * @param message GetXattrResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetXattrResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetXattrResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetXattrResp;

        /**
         * Creates a GetXattrResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetXattrResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetXattrResp;

        /**
         * Creates a plain object from a GetXattrResp message. Also converts values to other types if specified.
         * @param message GetXattrResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetXattrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetXattrResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ListXattrReq. */
    interface IListXattrReq {

        /** ListXattrReq cred */
        cred?: (hivefs.ICredentials|null);

        /** ListXattrReq entryId */
        entryId?: (string|null);
    }

    /** Represents a ListXattrReq. */
    class ListXattrReq implements IListXattrReq {

        /**
         * Constructs a new ListXattrReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IListXattrReq);

        /** ListXattrReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** ListXattrReq entryId. */
        public entryId: string;

        /**
         * Creates a new ListXattrReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListXattrReq instance
         */
        public static create(properties?: hivefs.IListXattrReq): hivefs.ListXattrReq;

        /**
         * Encodes the specified ListXattrReq message. Does not implicitly {@link hivefs.ListXattrReq.verify|verify} messages.
         * @param message ListXattrReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IListXattrReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListXattrReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ListXattrReq;

        /**
         * Creates a ListXattrReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ListXattrReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ListXattrReq;

        /**
         * Creates a plain object from a ListXattrReq message. Also converts values to other types if specified.
         * @param message ListXattrReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ListXattrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ListXattrReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ListXattrResp. */
    interface IListXattrResp {

        /** ListXattrResp names */
        names?: (string[]|null);
    }

    /** Represents a ListXattrResp. */
    class ListXattrResp implements IListXattrResp {

        /**
         * Constructs a new ListXattrResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IListXattrResp);

        /** ListXattrResp names. */
        public names: string[];

        /**
         * Creates a new ListXattrResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListXattrResp instance
         */
        public static create(properties?: hivefs.IListXattrResp): hivefs.ListXattrResp;

        /**
         * Encodes the specified ListXattrResp message. Does not implicitly {@link hivefs.ListXattrResp.verify|verify} messages.
         * @param message ListXattrResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IListXattrResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListXattrResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ListXattrResp;

        /**
         * Creates a ListXattrResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ListXattrResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ListXattrResp;

        /**
         * Creates a plain object from a ListXattrResp message. Also converts values to other types if specified.
         * @param message ListXattrResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ListXattrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ListXattrResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RemoveXattrReq. */
    interface IRemoveXattrReq {

        /** RemoveXattrReq cred */
        cred?: (hivefs.ICredentials|null);

        /** RemoveXattrReq entryId */
        entryId?: (string|null);

        /** RemoveXattrReq name */
        name?: (string|null);

        /** RemoveXattrReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a RemoveXattrReq. */
    class RemoveXattrReq implements IRemoveXattrReq {

        /**
         * Constructs a new RemoveXattrReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRemoveXattrReq);

        /** RemoveXattrReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** RemoveXattrReq entryId. */
        public entryId: string;

        /** RemoveXattrReq name. */
        public name: string;

        /** RemoveXattrReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new RemoveXattrReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveXattrReq instance
         */
        public static create(properties?: hivefs.IRemoveXattrReq): hivefs.RemoveXattrReq;

        /**
         * Encodes the specified RemoveXattrReq message. Does not implicitly {@link hivefs.RemoveXattrReq.verify|verify} messages.
         * @param message RemoveXattrReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRemoveXattrReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveXattrReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveXattrReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RemoveXattrReq;

        /**
         * Creates a RemoveXattrReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveXattrReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RemoveXattrReq;

        /**
         * Creates a plain object from a RemoveXattrReq message. Also converts values to other types if specified.
         * @param message RemoveXattrReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RemoveXattrReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveXattrReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RemoveXattrResp. */
    interface IRemoveXattrResp {
    }

    /** Represents a RemoveXattrResp. */
    class RemoveXattrResp implements IRemoveXattrResp {

        /**
         * Constructs a new RemoveXattrResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRemoveXattrResp);

        /**
         * Creates a new RemoveXattrResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveXattrResp instance
         */
        public static create(properties?: hivefs.IRemoveXattrResp): hivefs.RemoveXattrResp;

        /**
         * Encodes the specified RemoveXattrResp message. Does not implicitly {@link hivefs.RemoveXattrResp.verify|verify} messages.
         * @param message RemoveXattrResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRemoveXattrResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveXattrResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveXattrResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RemoveXattrResp;

        /**
         * Creates a RemoveXattrResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveXattrResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RemoveXattrResp;

        /**
         * Creates a plain object from a RemoveXattrResp message. Also converts values to other types if specified.
         * @param message RemoveXattrResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RemoveXattrResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveXattrResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StatFsReq. */
    interface IStatFsReq {
    }

    /** Represents a StatFsReq. */
    class StatFsReq implements IStatFsReq {

        /**
         * Constructs a new StatFsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStatFsReq);

        /**
         * Creates a new StatFsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatFsReq instance
         */
        public static create(properties?: hivefs.IStatFsReq): hivefs.StatFsReq;

        /**
         * Encodes the specified StatFsReq message. Does not implicitly {@link hivefs.StatFsReq.verify|verify} messages.
         * @param message StatFsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStatFsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatFsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatFsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StatFsReq;

        /**
         * Creates a StatFsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatFsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StatFsReq;

        /**
         * Creates a plain object from a StatFsReq message. Also converts values to other types if specified.
         * @param message StatFsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StatFsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatFsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StatFsResp. */
    interface IStatFsResp {

        /** StatFsResp totalBytes */
        totalBytes?: (number|null);

        /** StatFsResp freeBytes */
        freeBytes?: (number|null);

        /** StatFsResp totalInodes */
        totalInodes?: (number|null);

        /** StatFsResp freeInodes */
        freeInodes?: (number|null);

        /** StatFsResp numTargets */
        numTargets?: (number|null);

        /** StatFsResp usedBytes */
        usedBytes?: (number|null);
    }

    /** Represents a StatFsResp. */
    class StatFsResp implements IStatFsResp {

        /**
         * Constructs a new StatFsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStatFsResp);

        /** StatFsResp totalBytes. */
        public totalBytes: number;

        /** StatFsResp freeBytes. */
        public freeBytes: number;

        /** StatFsResp totalInodes. */
        public totalInodes: number;

        /** StatFsResp freeInodes. */
        public freeInodes: number;

        /** StatFsResp numTargets. */
        public numTargets: number;

        /** StatFsResp usedBytes. */
        public usedBytes: number;

        /**
         * Creates a new StatFsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatFsResp instance
         */
        public static create(properties?: hivefs.IStatFsResp): hivefs.StatFsResp;

        /**
         * Encodes the specified StatFsResp message. Does not implicitly {@link hivefs.StatFsResp.verify|verify} messages.
         * @param message StatFsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStatFsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatFsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatFsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StatFsResp;

        /**
         * Creates a StatFsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatFsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StatFsResp;

        /**
         * Creates a plain object from a StatFsResp message. Also converts values to other types if specified.
         * @param message StatFsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StatFsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatFsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetPatternReq. */
    interface ISetPatternReq {

        /** SetPatternReq cred */
        cred?: (hivefs.ICredentials|null);

        /** SetPatternReq entryId */
        entryId?: (string|null);

        /** SetPatternReq pattern */
        pattern?: (hivefs.IStripePattern|null);

        /** SetPatternReq tag */
        tag?: (hivefs.IRequestTag|null);
    }

    /** Represents a SetPatternReq. */
    class SetPatternReq implements ISetPatternReq {

        /**
         * Constructs a new SetPatternReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetPatternReq);

        /** SetPatternReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** SetPatternReq entryId. */
        public entryId: string;

        /** SetPatternReq pattern. */
        public pattern?: (hivefs.IStripePattern|null);

        /** SetPatternReq tag. */
        public tag?: (hivefs.IRequestTag|null);

        /**
         * Creates a new SetPatternReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetPatternReq instance
         */
        public static create(properties?: hivefs.ISetPatternReq): hivefs.SetPatternReq;

        /**
         * Encodes the specified SetPatternReq message. Does not implicitly {@link hivefs.SetPatternReq.verify|verify} messages.
         * @param message SetPatternReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetPatternReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetPatternReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetPatternReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetPatternReq;

        /**
         * Creates a SetPatternReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetPatternReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetPatternReq;

        /**
         * Creates a plain object from a SetPatternReq message. Also converts values to other types if specified.
         * @param message SetPatternReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetPatternReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetPatternReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetPatternResp. */
    interface ISetPatternResp {

        /** SetPatternResp attr */
        attr?: (hivefs.IAttr|null);
    }

    /** Represents a SetPatternResp. */
    class SetPatternResp implements ISetPatternResp {

        /**
         * Constructs a new SetPatternResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetPatternResp);

        /** SetPatternResp attr. */
        public attr?: (hivefs.IAttr|null);

        /**
         * Creates a new SetPatternResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetPatternResp instance
         */
        public static create(properties?: hivefs.ISetPatternResp): hivefs.SetPatternResp;

        /**
         * Encodes the specified SetPatternResp message. Does not implicitly {@link hivefs.SetPatternResp.verify|verify} messages.
         * @param message SetPatternResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetPatternResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetPatternResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetPatternResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetPatternResp;

        /**
         * Creates a SetPatternResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetPatternResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetPatternResp;

        /**
         * Creates a plain object from a SetPatternResp message. Also converts values to other types if specified.
         * @param message SetPatternResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetPatternResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetPatternResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a JournalOp. */
    interface IJournalOp {

        /** JournalOp key */
        key?: (string|null);

        /** JournalOp value */
        value?: (Uint8Array|null);

        /** JournalOp del */
        del?: (boolean|null);
    }

    /** Represents a JournalOp. */
    class JournalOp implements IJournalOp {

        /**
         * Constructs a new JournalOp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IJournalOp);

        /** JournalOp key. */
        public key: string;

        /** JournalOp value. */
        public value: Uint8Array;

        /** JournalOp del. */
        public del: boolean;

        /**
         * Creates a new JournalOp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalOp instance
         */
        public static create(properties?: hivefs.IJournalOp): hivefs.JournalOp;

        /**
         * Encodes the specified JournalOp message. Does not implicitly {@link hivefs.JournalOp.verify|verify} messages.
         * @param message JournalOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IJournalOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalOp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.JournalOp;

        /**
         * Creates a JournalOp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JournalOp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.JournalOp;

        /**
         * Creates a plain object from a JournalOp message. Also converts values to other types if specified.
         * @param message JournalOp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.JournalOp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JournalOp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a JournalEntry. */
    interface IJournalEntry {

        /** JournalEntry seq */
        seq?: (number|null);

        /** JournalEntry atMs */
        atMs?: (number|null);

        /** JournalEntry epoch */
        epoch?: (number|null);

        /** JournalEntry ops */
        ops?: (hivefs.IJournalOp[]|null);

        /** JournalEntry prevEpoch */
        prevEpoch?: (number|null);
    }

    /** Represents a JournalEntry. */
    class JournalEntry implements IJournalEntry {

        /**
         * Constructs a new JournalEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IJournalEntry);

        /** JournalEntry seq. */
        public seq: number;

        /** JournalEntry atMs. */
        public atMs: number;

        /** JournalEntry epoch. */
        public epoch: number;

        /** JournalEntry ops. */
        public ops: hivefs.IJournalOp[];

        /** JournalEntry prevEpoch. */
        public prevEpoch: number;

        /**
         * Creates a new JournalEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalEntry instance
         */
        public static create(properties?: hivefs.IJournalEntry): hivefs.JournalEntry;

        /**
         * Encodes the specified JournalEntry message. Does not implicitly {@link hivefs.JournalEntry.verify|verify} messages.
         * @param message JournalEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IJournalEntry, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.JournalEntry;

        /**
         * Creates a JournalEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JournalEntry
         */
        public static fromObject(object: { [k: string]: any }): hivefs.JournalEntry;

        /**
         * Creates a plain object from a JournalEntry message. Also converts values to other types if specified.
         * @param message JournalEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.JournalEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JournalEntry to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerCreateDirReq. */
    interface IPeerCreateDirReq {

        /** PeerCreateDirReq intentId */
        intentId?: (string|null);

        /** PeerCreateDirReq step */
        step?: (string|null);

        /** PeerCreateDirReq inode */
        inode?: (Uint8Array|null);
    }

    /** Represents a PeerCreateDirReq. */
    class PeerCreateDirReq implements IPeerCreateDirReq {

        /**
         * Constructs a new PeerCreateDirReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerCreateDirReq);

        /** PeerCreateDirReq intentId. */
        public intentId: string;

        /** PeerCreateDirReq step. */
        public step: string;

        /** PeerCreateDirReq inode. */
        public inode: Uint8Array;

        /**
         * Creates a new PeerCreateDirReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerCreateDirReq instance
         */
        public static create(properties?: hivefs.IPeerCreateDirReq): hivefs.PeerCreateDirReq;

        /**
         * Encodes the specified PeerCreateDirReq message. Does not implicitly {@link hivefs.PeerCreateDirReq.verify|verify} messages.
         * @param message PeerCreateDirReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerCreateDirReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerCreateDirReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerCreateDirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerCreateDirReq;

        /**
         * Creates a PeerCreateDirReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerCreateDirReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerCreateDirReq;

        /**
         * Creates a plain object from a PeerCreateDirReq message. Also converts values to other types if specified.
         * @param message PeerCreateDirReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerCreateDirReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerCreateDirReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerCreateDirResp. */
    interface IPeerCreateDirResp {
    }

    /** Represents a PeerCreateDirResp. */
    class PeerCreateDirResp implements IPeerCreateDirResp {

        /**
         * Constructs a new PeerCreateDirResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerCreateDirResp);

        /**
         * Creates a new PeerCreateDirResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerCreateDirResp instance
         */
        public static create(properties?: hivefs.IPeerCreateDirResp): hivefs.PeerCreateDirResp;

        /**
         * Encodes the specified PeerCreateDirResp message. Does not implicitly {@link hivefs.PeerCreateDirResp.verify|verify} messages.
         * @param message PeerCreateDirResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerCreateDirResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerCreateDirResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerCreateDirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerCreateDirResp;

        /**
         * Creates a PeerCreateDirResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerCreateDirResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerCreateDirResp;

        /**
         * Creates a plain object from a PeerCreateDirResp message. Also converts values to other types if specified.
         * @param message PeerCreateDirResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerCreateDirResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerCreateDirResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerRemoveDirReq. */
    interface IPeerRemoveDirReq {

        /** PeerRemoveDirReq intentId */
        intentId?: (string|null);

        /** PeerRemoveDirReq step */
        step?: (string|null);

        /** PeerRemoveDirReq dirId */
        dirId?: (string|null);
    }

    /** Represents a PeerRemoveDirReq. */
    class PeerRemoveDirReq implements IPeerRemoveDirReq {

        /**
         * Constructs a new PeerRemoveDirReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerRemoveDirReq);

        /** PeerRemoveDirReq intentId. */
        public intentId: string;

        /** PeerRemoveDirReq step. */
        public step: string;

        /** PeerRemoveDirReq dirId. */
        public dirId: string;

        /**
         * Creates a new PeerRemoveDirReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerRemoveDirReq instance
         */
        public static create(properties?: hivefs.IPeerRemoveDirReq): hivefs.PeerRemoveDirReq;

        /**
         * Encodes the specified PeerRemoveDirReq message. Does not implicitly {@link hivefs.PeerRemoveDirReq.verify|verify} messages.
         * @param message PeerRemoveDirReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerRemoveDirReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerRemoveDirReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerRemoveDirReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerRemoveDirReq;

        /**
         * Creates a PeerRemoveDirReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerRemoveDirReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerRemoveDirReq;

        /**
         * Creates a plain object from a PeerRemoveDirReq message. Also converts values to other types if specified.
         * @param message PeerRemoveDirReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerRemoveDirReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerRemoveDirReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerRemoveDirResp. */
    interface IPeerRemoveDirResp {
    }

    /** Represents a PeerRemoveDirResp. */
    class PeerRemoveDirResp implements IPeerRemoveDirResp {

        /**
         * Constructs a new PeerRemoveDirResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerRemoveDirResp);

        /**
         * Creates a new PeerRemoveDirResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerRemoveDirResp instance
         */
        public static create(properties?: hivefs.IPeerRemoveDirResp): hivefs.PeerRemoveDirResp;

        /**
         * Encodes the specified PeerRemoveDirResp message. Does not implicitly {@link hivefs.PeerRemoveDirResp.verify|verify} messages.
         * @param message PeerRemoveDirResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerRemoveDirResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerRemoveDirResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerRemoveDirResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerRemoveDirResp;

        /**
         * Creates a PeerRemoveDirResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerRemoveDirResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerRemoveDirResp;

        /**
         * Creates a plain object from a PeerRemoveDirResp message. Also converts values to other types if specified.
         * @param message PeerRemoveDirResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerRemoveDirResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerRemoveDirResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerAdjustLinkReq. */
    interface IPeerAdjustLinkReq {

        /** PeerAdjustLinkReq intentId */
        intentId?: (string|null);

        /** PeerAdjustLinkReq step */
        step?: (string|null);

        /** PeerAdjustLinkReq entryId */
        entryId?: (string|null);

        /** PeerAdjustLinkReq delta */
        delta?: (number|null);

        /** PeerAdjustLinkReq onlyIfStep */
        onlyIfStep?: (string|null);
    }

    /** Represents a PeerAdjustLinkReq. */
    class PeerAdjustLinkReq implements IPeerAdjustLinkReq {

        /**
         * Constructs a new PeerAdjustLinkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerAdjustLinkReq);

        /** PeerAdjustLinkReq intentId. */
        public intentId: string;

        /** PeerAdjustLinkReq step. */
        public step: string;

        /** PeerAdjustLinkReq entryId. */
        public entryId: string;

        /** PeerAdjustLinkReq delta. */
        public delta: number;

        /** PeerAdjustLinkReq onlyIfStep. */
        public onlyIfStep: string;

        /**
         * Creates a new PeerAdjustLinkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerAdjustLinkReq instance
         */
        public static create(properties?: hivefs.IPeerAdjustLinkReq): hivefs.PeerAdjustLinkReq;

        /**
         * Encodes the specified PeerAdjustLinkReq message. Does not implicitly {@link hivefs.PeerAdjustLinkReq.verify|verify} messages.
         * @param message PeerAdjustLinkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerAdjustLinkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerAdjustLinkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerAdjustLinkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerAdjustLinkReq;

        /**
         * Creates a PeerAdjustLinkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerAdjustLinkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerAdjustLinkReq;

        /**
         * Creates a plain object from a PeerAdjustLinkReq message. Also converts values to other types if specified.
         * @param message PeerAdjustLinkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerAdjustLinkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerAdjustLinkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerAdjustLinkResp. */
    interface IPeerAdjustLinkResp {
    }

    /** Represents a PeerAdjustLinkResp. */
    class PeerAdjustLinkResp implements IPeerAdjustLinkResp {

        /**
         * Constructs a new PeerAdjustLinkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerAdjustLinkResp);

        /**
         * Creates a new PeerAdjustLinkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerAdjustLinkResp instance
         */
        public static create(properties?: hivefs.IPeerAdjustLinkResp): hivefs.PeerAdjustLinkResp;

        /**
         * Encodes the specified PeerAdjustLinkResp message. Does not implicitly {@link hivefs.PeerAdjustLinkResp.verify|verify} messages.
         * @param message PeerAdjustLinkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerAdjustLinkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerAdjustLinkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerAdjustLinkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerAdjustLinkResp;

        /**
         * Creates a PeerAdjustLinkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerAdjustLinkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerAdjustLinkResp;

        /**
         * Creates a plain object from a PeerAdjustLinkResp message. Also converts values to other types if specified.
         * @param message PeerAdjustLinkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerAdjustLinkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerAdjustLinkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerSetParentReq. */
    interface IPeerSetParentReq {

        /** PeerSetParentReq intentId */
        intentId?: (string|null);

        /** PeerSetParentReq step */
        step?: (string|null);

        /** PeerSetParentReq dirId */
        dirId?: (string|null);

        /** PeerSetParentReq parentId */
        parentId?: (string|null);
    }

    /** Represents a PeerSetParentReq. */
    class PeerSetParentReq implements IPeerSetParentReq {

        /**
         * Constructs a new PeerSetParentReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerSetParentReq);

        /** PeerSetParentReq intentId. */
        public intentId: string;

        /** PeerSetParentReq step. */
        public step: string;

        /** PeerSetParentReq dirId. */
        public dirId: string;

        /** PeerSetParentReq parentId. */
        public parentId: string;

        /**
         * Creates a new PeerSetParentReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerSetParentReq instance
         */
        public static create(properties?: hivefs.IPeerSetParentReq): hivefs.PeerSetParentReq;

        /**
         * Encodes the specified PeerSetParentReq message. Does not implicitly {@link hivefs.PeerSetParentReq.verify|verify} messages.
         * @param message PeerSetParentReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerSetParentReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerSetParentReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerSetParentReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerSetParentReq;

        /**
         * Creates a PeerSetParentReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerSetParentReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerSetParentReq;

        /**
         * Creates a plain object from a PeerSetParentReq message. Also converts values to other types if specified.
         * @param message PeerSetParentReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerSetParentReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerSetParentReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerSetParentResp. */
    interface IPeerSetParentResp {
    }

    /** Represents a PeerSetParentResp. */
    class PeerSetParentResp implements IPeerSetParentResp {

        /**
         * Constructs a new PeerSetParentResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerSetParentResp);

        /**
         * Creates a new PeerSetParentResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerSetParentResp instance
         */
        public static create(properties?: hivefs.IPeerSetParentResp): hivefs.PeerSetParentResp;

        /**
         * Encodes the specified PeerSetParentResp message. Does not implicitly {@link hivefs.PeerSetParentResp.verify|verify} messages.
         * @param message PeerSetParentResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerSetParentResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerSetParentResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerSetParentResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerSetParentResp;

        /**
         * Creates a PeerSetParentResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerSetParentResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerSetParentResp;

        /**
         * Creates a plain object from a PeerSetParentResp message. Also converts values to other types if specified.
         * @param message PeerSetParentResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerSetParentResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerSetParentResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerRenameInReq. */
    interface IPeerRenameInReq {

        /** PeerRenameInReq intentId */
        intentId?: (string|null);

        /** PeerRenameInReq step */
        step?: (string|null);

        /** PeerRenameInReq cred */
        cred?: (hivefs.ICredentials|null);

        /** PeerRenameInReq dirId */
        dirId?: (string|null);

        /** PeerRenameInReq name */
        name?: (string|null);

        /** PeerRenameInReq entryId */
        entryId?: (string|null);

        /** PeerRenameInReq type */
        type?: (hivefs.EntryType|null);

        /** PeerRenameInReq noReplace */
        noReplace?: (boolean|null);
    }

    /** Represents a PeerRenameInReq. */
    class PeerRenameInReq implements IPeerRenameInReq {

        /**
         * Constructs a new PeerRenameInReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerRenameInReq);

        /** PeerRenameInReq intentId. */
        public intentId: string;

        /** PeerRenameInReq step. */
        public step: string;

        /** PeerRenameInReq cred. */
        public cred?: (hivefs.ICredentials|null);

        /** PeerRenameInReq dirId. */
        public dirId: string;

        /** PeerRenameInReq name. */
        public name: string;

        /** PeerRenameInReq entryId. */
        public entryId: string;

        /** PeerRenameInReq type. */
        public type: hivefs.EntryType;

        /** PeerRenameInReq noReplace. */
        public noReplace: boolean;

        /**
         * Creates a new PeerRenameInReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerRenameInReq instance
         */
        public static create(properties?: hivefs.IPeerRenameInReq): hivefs.PeerRenameInReq;

        /**
         * Encodes the specified PeerRenameInReq message. Does not implicitly {@link hivefs.PeerRenameInReq.verify|verify} messages.
         * @param message PeerRenameInReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerRenameInReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerRenameInReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerRenameInReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerRenameInReq;

        /**
         * Creates a PeerRenameInReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerRenameInReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerRenameInReq;

        /**
         * Creates a plain object from a PeerRenameInReq message. Also converts values to other types if specified.
         * @param message PeerRenameInReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerRenameInReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerRenameInReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerRenameInResp. */
    interface IPeerRenameInResp {

        /** PeerRenameInResp replacedId */
        replacedId?: (string|null);

        /** PeerRenameInResp replacedType */
        replacedType?: (hivefs.EntryType|null);

        /** PeerRenameInResp replacedDone */
        replacedDone?: (boolean|null);

        /** PeerRenameInResp same */
        same?: (boolean|null);
    }

    /** Represents a PeerRenameInResp. */
    class PeerRenameInResp implements IPeerRenameInResp {

        /**
         * Constructs a new PeerRenameInResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerRenameInResp);

        /** PeerRenameInResp replacedId. */
        public replacedId: string;

        /** PeerRenameInResp replacedType. */
        public replacedType: hivefs.EntryType;

        /** PeerRenameInResp replacedDone. */
        public replacedDone: boolean;

        /** PeerRenameInResp same. */
        public same: boolean;

        /**
         * Creates a new PeerRenameInResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerRenameInResp instance
         */
        public static create(properties?: hivefs.IPeerRenameInResp): hivefs.PeerRenameInResp;

        /**
         * Encodes the specified PeerRenameInResp message. Does not implicitly {@link hivefs.PeerRenameInResp.verify|verify} messages.
         * @param message PeerRenameInResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerRenameInResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerRenameInResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerRenameInResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerRenameInResp;

        /**
         * Creates a PeerRenameInResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerRenameInResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerRenameInResp;

        /**
         * Creates a plain object from a PeerRenameInResp message. Also converts values to other types if specified.
         * @param message PeerRenameInResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerRenameInResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerRenameInResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerGetAttrsReq. */
    interface IPeerGetAttrsReq {

        /** PeerGetAttrsReq entryIds */
        entryIds?: (string[]|null);
    }

    /** Represents a PeerGetAttrsReq. */
    class PeerGetAttrsReq implements IPeerGetAttrsReq {

        /**
         * Constructs a new PeerGetAttrsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerGetAttrsReq);

        /** PeerGetAttrsReq entryIds. */
        public entryIds: string[];

        /**
         * Creates a new PeerGetAttrsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerGetAttrsReq instance
         */
        public static create(properties?: hivefs.IPeerGetAttrsReq): hivefs.PeerGetAttrsReq;

        /**
         * Encodes the specified PeerGetAttrsReq message. Does not implicitly {@link hivefs.PeerGetAttrsReq.verify|verify} messages.
         * @param message PeerGetAttrsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerGetAttrsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerGetAttrsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerGetAttrsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerGetAttrsReq;

        /**
         * Creates a PeerGetAttrsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerGetAttrsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerGetAttrsReq;

        /**
         * Creates a plain object from a PeerGetAttrsReq message. Also converts values to other types if specified.
         * @param message PeerGetAttrsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerGetAttrsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerGetAttrsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerGetAttrsResp. */
    interface IPeerGetAttrsResp {

        /** PeerGetAttrsResp attrs */
        attrs?: (hivefs.IAttr[]|null);
    }

    /** Represents a PeerGetAttrsResp. */
    class PeerGetAttrsResp implements IPeerGetAttrsResp {

        /**
         * Constructs a new PeerGetAttrsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerGetAttrsResp);

        /** PeerGetAttrsResp attrs. */
        public attrs: hivefs.IAttr[];

        /**
         * Creates a new PeerGetAttrsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerGetAttrsResp instance
         */
        public static create(properties?: hivefs.IPeerGetAttrsResp): hivefs.PeerGetAttrsResp;

        /**
         * Encodes the specified PeerGetAttrsResp message. Does not implicitly {@link hivefs.PeerGetAttrsResp.verify|verify} messages.
         * @param message PeerGetAttrsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerGetAttrsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerGetAttrsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerGetAttrsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerGetAttrsResp;

        /**
         * Creates a PeerGetAttrsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerGetAttrsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerGetAttrsResp;

        /**
         * Creates a plain object from a PeerGetAttrsResp message. Also converts values to other types if specified.
         * @param message PeerGetAttrsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerGetAttrsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerGetAttrsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerIntentStateReq. */
    interface IPeerIntentStateReq {

        /** PeerIntentStateReq intentId */
        intentId?: (string|null);
    }

    /** Represents a PeerIntentStateReq. */
    class PeerIntentStateReq implements IPeerIntentStateReq {

        /**
         * Constructs a new PeerIntentStateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerIntentStateReq);

        /** PeerIntentStateReq intentId. */
        public intentId: string;

        /**
         * Creates a new PeerIntentStateReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerIntentStateReq instance
         */
        public static create(properties?: hivefs.IPeerIntentStateReq): hivefs.PeerIntentStateReq;

        /**
         * Encodes the specified PeerIntentStateReq message. Does not implicitly {@link hivefs.PeerIntentStateReq.verify|verify} messages.
         * @param message PeerIntentStateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerIntentStateReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerIntentStateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerIntentStateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerIntentStateReq;

        /**
         * Creates a PeerIntentStateReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerIntentStateReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerIntentStateReq;

        /**
         * Creates a plain object from a PeerIntentStateReq message. Also converts values to other types if specified.
         * @param message PeerIntentStateReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerIntentStateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerIntentStateReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerIntentStateResp. */
    interface IPeerIntentStateResp {

        /** PeerIntentStateResp pending */
        pending?: (boolean|null);
    }

    /** Represents a PeerIntentStateResp. */
    class PeerIntentStateResp implements IPeerIntentStateResp {

        /**
         * Constructs a new PeerIntentStateResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerIntentStateResp);

        /** PeerIntentStateResp pending. */
        public pending: boolean;

        /**
         * Creates a new PeerIntentStateResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerIntentStateResp instance
         */
        public static create(properties?: hivefs.IPeerIntentStateResp): hivefs.PeerIntentStateResp;

        /**
         * Encodes the specified PeerIntentStateResp message. Does not implicitly {@link hivefs.PeerIntentStateResp.verify|verify} messages.
         * @param message PeerIntentStateResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerIntentStateResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerIntentStateResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerIntentStateResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerIntentStateResp;

        /**
         * Creates a PeerIntentStateResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerIntentStateResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerIntentStateResp;

        /**
         * Creates a plain object from a PeerIntentStateResp message. Also converts values to other types if specified.
         * @param message PeerIntentStateResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerIntentStateResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerIntentStateResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerForgetIntentReq. */
    interface IPeerForgetIntentReq {

        /** PeerForgetIntentReq intentId */
        intentId?: (string|null);
    }

    /** Represents a PeerForgetIntentReq. */
    class PeerForgetIntentReq implements IPeerForgetIntentReq {

        /**
         * Constructs a new PeerForgetIntentReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerForgetIntentReq);

        /** PeerForgetIntentReq intentId. */
        public intentId: string;

        /**
         * Creates a new PeerForgetIntentReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerForgetIntentReq instance
         */
        public static create(properties?: hivefs.IPeerForgetIntentReq): hivefs.PeerForgetIntentReq;

        /**
         * Encodes the specified PeerForgetIntentReq message. Does not implicitly {@link hivefs.PeerForgetIntentReq.verify|verify} messages.
         * @param message PeerForgetIntentReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerForgetIntentReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerForgetIntentReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerForgetIntentReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerForgetIntentReq;

        /**
         * Creates a PeerForgetIntentReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerForgetIntentReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerForgetIntentReq;

        /**
         * Creates a plain object from a PeerForgetIntentReq message. Also converts values to other types if specified.
         * @param message PeerForgetIntentReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerForgetIntentReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerForgetIntentReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerForgetIntentResp. */
    interface IPeerForgetIntentResp {
    }

    /** Represents a PeerForgetIntentResp. */
    class PeerForgetIntentResp implements IPeerForgetIntentResp {

        /**
         * Constructs a new PeerForgetIntentResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerForgetIntentResp);

        /**
         * Creates a new PeerForgetIntentResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerForgetIntentResp instance
         */
        public static create(properties?: hivefs.IPeerForgetIntentResp): hivefs.PeerForgetIntentResp;

        /**
         * Encodes the specified PeerForgetIntentResp message. Does not implicitly {@link hivefs.PeerForgetIntentResp.verify|verify} messages.
         * @param message PeerForgetIntentResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerForgetIntentResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerForgetIntentResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerForgetIntentResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerForgetIntentResp;

        /**
         * Creates a PeerForgetIntentResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerForgetIntentResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerForgetIntentResp;

        /**
         * Creates a plain object from a PeerForgetIntentResp message. Also converts values to other types if specified.
         * @param message PeerForgetIntentResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerForgetIntentResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerForgetIntentResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerFenceStepReq. */
    interface IPeerFenceStepReq {

        /** PeerFenceStepReq intentId */
        intentId?: (string|null);

        /** PeerFenceStepReq step */
        step?: (string|null);
    }

    /** Represents a PeerFenceStepReq. */
    class PeerFenceStepReq implements IPeerFenceStepReq {

        /**
         * Constructs a new PeerFenceStepReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerFenceStepReq);

        /** PeerFenceStepReq intentId. */
        public intentId: string;

        /** PeerFenceStepReq step. */
        public step: string;

        /**
         * Creates a new PeerFenceStepReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerFenceStepReq instance
         */
        public static create(properties?: hivefs.IPeerFenceStepReq): hivefs.PeerFenceStepReq;

        /**
         * Encodes the specified PeerFenceStepReq message. Does not implicitly {@link hivefs.PeerFenceStepReq.verify|verify} messages.
         * @param message PeerFenceStepReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerFenceStepReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerFenceStepReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerFenceStepReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerFenceStepReq;

        /**
         * Creates a PeerFenceStepReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerFenceStepReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerFenceStepReq;

        /**
         * Creates a plain object from a PeerFenceStepReq message. Also converts values to other types if specified.
         * @param message PeerFenceStepReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerFenceStepReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerFenceStepReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PeerFenceStepResp. */
    interface IPeerFenceStepResp {

        /** PeerFenceStepResp applied */
        applied?: (boolean|null);

        /** PeerFenceStepResp resultJson */
        resultJson?: (string|null);
    }

    /** Represents a PeerFenceStepResp. */
    class PeerFenceStepResp implements IPeerFenceStepResp {

        /**
         * Constructs a new PeerFenceStepResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPeerFenceStepResp);

        /** PeerFenceStepResp applied. */
        public applied: boolean;

        /** PeerFenceStepResp resultJson. */
        public resultJson: string;

        /**
         * Creates a new PeerFenceStepResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerFenceStepResp instance
         */
        public static create(properties?: hivefs.IPeerFenceStepResp): hivefs.PeerFenceStepResp;

        /**
         * Encodes the specified PeerFenceStepResp message. Does not implicitly {@link hivefs.PeerFenceStepResp.verify|verify} messages.
         * @param message PeerFenceStepResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPeerFenceStepResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerFenceStepResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PeerFenceStepResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PeerFenceStepResp;

        /**
         * Creates a PeerFenceStepResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PeerFenceStepResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PeerFenceStepResp;

        /**
         * Creates a plain object from a PeerFenceStepResp message. Also converts values to other types if specified.
         * @param message PeerFenceStepResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PeerFenceStepResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerFenceStepResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a JournalPushReq. */
    interface IJournalPushReq {

        /** JournalPushReq groupId */
        groupId?: (number|null);

        /** JournalPushReq entries */
        entries?: (hivefs.IJournalEntry[]|null);
    }

    /** Represents a JournalPushReq. */
    class JournalPushReq implements IJournalPushReq {

        /**
         * Constructs a new JournalPushReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IJournalPushReq);

        /** JournalPushReq groupId. */
        public groupId: number;

        /** JournalPushReq entries. */
        public entries: hivefs.IJournalEntry[];

        /**
         * Creates a new JournalPushReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalPushReq instance
         */
        public static create(properties?: hivefs.IJournalPushReq): hivefs.JournalPushReq;

        /**
         * Encodes the specified JournalPushReq message. Does not implicitly {@link hivefs.JournalPushReq.verify|verify} messages.
         * @param message JournalPushReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IJournalPushReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalPushReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalPushReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.JournalPushReq;

        /**
         * Creates a JournalPushReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JournalPushReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.JournalPushReq;

        /**
         * Creates a plain object from a JournalPushReq message. Also converts values to other types if specified.
         * @param message JournalPushReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.JournalPushReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JournalPushReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** JournalPushStatus enum. */
    enum JournalPushStatus {
        JOURNAL_APPLIED = 0,
        JOURNAL_DUPLICATE = 1,
        JOURNAL_GAP = 2
    }

    /** Properties of a JournalPushResp. */
    interface IJournalPushResp {

        /** JournalPushResp status */
        status?: (hivefs.JournalPushStatus|null);

        /** JournalPushResp appliedSeq */
        appliedSeq?: (number|null);
    }

    /** Represents a JournalPushResp. */
    class JournalPushResp implements IJournalPushResp {

        /**
         * Constructs a new JournalPushResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IJournalPushResp);

        /** JournalPushResp status. */
        public status: hivefs.JournalPushStatus;

        /** JournalPushResp appliedSeq. */
        public appliedSeq: number;

        /**
         * Creates a new JournalPushResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalPushResp instance
         */
        public static create(properties?: hivefs.IJournalPushResp): hivefs.JournalPushResp;

        /**
         * Encodes the specified JournalPushResp message. Does not implicitly {@link hivefs.JournalPushResp.verify|verify} messages.
         * @param message JournalPushResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IJournalPushResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalPushResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalPushResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.JournalPushResp;

        /**
         * Creates a JournalPushResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JournalPushResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.JournalPushResp;

        /**
         * Creates a plain object from a JournalPushResp message. Also converts values to other types if specified.
         * @param message JournalPushResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.JournalPushResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JournalPushResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a JournalPositionReq. */
    interface IJournalPositionReq {

        /** JournalPositionReq groupId */
        groupId?: (number|null);
    }

    /** Represents a JournalPositionReq. */
    class JournalPositionReq implements IJournalPositionReq {

        /**
         * Constructs a new JournalPositionReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IJournalPositionReq);

        /** JournalPositionReq groupId. */
        public groupId: number;

        /**
         * Creates a new JournalPositionReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalPositionReq instance
         */
        public static create(properties?: hivefs.IJournalPositionReq): hivefs.JournalPositionReq;

        /**
         * Encodes the specified JournalPositionReq message. Does not implicitly {@link hivefs.JournalPositionReq.verify|verify} messages.
         * @param message JournalPositionReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IJournalPositionReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalPositionReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalPositionReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.JournalPositionReq;

        /**
         * Creates a JournalPositionReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JournalPositionReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.JournalPositionReq;

        /**
         * Creates a plain object from a JournalPositionReq message. Also converts values to other types if specified.
         * @param message JournalPositionReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.JournalPositionReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JournalPositionReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a JournalPositionResp. */
    interface IJournalPositionResp {

        /** JournalPositionResp seq */
        seq?: (number|null);

        /** JournalPositionResp epoch */
        epoch?: (number|null);
    }

    /** Represents a JournalPositionResp. */
    class JournalPositionResp implements IJournalPositionResp {

        /**
         * Constructs a new JournalPositionResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IJournalPositionResp);

        /** JournalPositionResp seq. */
        public seq: number;

        /** JournalPositionResp epoch. */
        public epoch: number;

        /**
         * Creates a new JournalPositionResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalPositionResp instance
         */
        public static create(properties?: hivefs.IJournalPositionResp): hivefs.JournalPositionResp;

        /**
         * Encodes the specified JournalPositionResp message. Does not implicitly {@link hivefs.JournalPositionResp.verify|verify} messages.
         * @param message JournalPositionResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IJournalPositionResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalPositionResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalPositionResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.JournalPositionResp;

        /**
         * Creates a JournalPositionResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns JournalPositionResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.JournalPositionResp;

        /**
         * Creates a plain object from a JournalPositionResp message. Also converts values to other types if specified.
         * @param message JournalPositionResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.JournalPositionResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this JournalPositionResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SnapshotPageReq. */
    interface ISnapshotPageReq {

        /** SnapshotPageReq groupId */
        groupId?: (number|null);

        /** SnapshotPageReq transferId */
        transferId?: (number|null);

        /** SnapshotPageReq page */
        page?: (number|null);

        /** SnapshotPageReq records */
        records?: (hivefs.IJournalOp[]|null);

        /** SnapshotPageReq last */
        last?: (boolean|null);
    }

    /** Represents a SnapshotPageReq. */
    class SnapshotPageReq implements ISnapshotPageReq {

        /**
         * Constructs a new SnapshotPageReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISnapshotPageReq);

        /** SnapshotPageReq groupId. */
        public groupId: number;

        /** SnapshotPageReq transferId. */
        public transferId: number;

        /** SnapshotPageReq page. */
        public page: number;

        /** SnapshotPageReq records. */
        public records: hivefs.IJournalOp[];

        /** SnapshotPageReq last. */
        public last: boolean;

        /**
         * Creates a new SnapshotPageReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotPageReq instance
         */
        public static create(properties?: hivefs.ISnapshotPageReq): hivefs.SnapshotPageReq;

        /**
         * Encodes the specified SnapshotPageReq message. Does not implicitly {@link hivefs.SnapshotPageReq.verify|verify} messages.
         * @param message SnapshotPageReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISnapshotPageReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotPageReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotPageReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SnapshotPageReq;

        /**
         * Creates a SnapshotPageReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SnapshotPageReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SnapshotPageReq;

        /**
         * Creates a plain object from a SnapshotPageReq message. Also converts values to other types if specified.
         * @param message SnapshotPageReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SnapshotPageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotPageReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SnapshotPageResp. */
    interface ISnapshotPageResp {

        /** SnapshotPageResp seq */
        seq?: (number|null);

        /** SnapshotPageResp epoch */
        epoch?: (number|null);
    }

    /** Represents a SnapshotPageResp. */
    class SnapshotPageResp implements ISnapshotPageResp {

        /**
         * Constructs a new SnapshotPageResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISnapshotPageResp);

        /** SnapshotPageResp seq. */
        public seq: number;

        /** SnapshotPageResp epoch. */
        public epoch: number;

        /**
         * Creates a new SnapshotPageResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotPageResp instance
         */
        public static create(properties?: hivefs.ISnapshotPageResp): hivefs.SnapshotPageResp;

        /**
         * Encodes the specified SnapshotPageResp message. Does not implicitly {@link hivefs.SnapshotPageResp.verify|verify} messages.
         * @param message SnapshotPageResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISnapshotPageResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotPageResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotPageResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SnapshotPageResp;

        /**
         * Creates a SnapshotPageResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SnapshotPageResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SnapshotPageResp;

        /**
         * Creates a plain object from a SnapshotPageResp message. Also converts values to other types if specified.
         * @param message SnapshotPageResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SnapshotPageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotPageResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MetaJournalStatsReq. */
    interface IMetaJournalStatsReq {

        /** MetaJournalStatsReq groupId */
        groupId?: (number|null);
    }

    /** Represents a MetaJournalStatsReq. */
    class MetaJournalStatsReq implements IMetaJournalStatsReq {

        /**
         * Constructs a new MetaJournalStatsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMetaJournalStatsReq);

        /** MetaJournalStatsReq groupId. */
        public groupId: number;

        /**
         * Creates a new MetaJournalStatsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetaJournalStatsReq instance
         */
        public static create(properties?: hivefs.IMetaJournalStatsReq): hivefs.MetaJournalStatsReq;

        /**
         * Encodes the specified MetaJournalStatsReq message. Does not implicitly {@link hivefs.MetaJournalStatsReq.verify|verify} messages.
         * @param message MetaJournalStatsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMetaJournalStatsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetaJournalStatsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MetaJournalStatsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MetaJournalStatsReq;

        /**
         * Creates a MetaJournalStatsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetaJournalStatsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MetaJournalStatsReq;

        /**
         * Creates a plain object from a MetaJournalStatsReq message. Also converts values to other types if specified.
         * @param message MetaJournalStatsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MetaJournalStatsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetaJournalStatsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MetaJournalStatsResp. */
    interface IMetaJournalStatsResp {

        /** MetaJournalStatsResp stats */
        stats?: (hivefs.IMetaJournalStats|null);
    }

    /** Represents a MetaJournalStatsResp. */
    class MetaJournalStatsResp implements IMetaJournalStatsResp {

        /**
         * Constructs a new MetaJournalStatsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMetaJournalStatsResp);

        /** MetaJournalStatsResp stats. */
        public stats?: (hivefs.IMetaJournalStats|null);

        /**
         * Creates a new MetaJournalStatsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetaJournalStatsResp instance
         */
        public static create(properties?: hivefs.IMetaJournalStatsResp): hivefs.MetaJournalStatsResp;

        /**
         * Encodes the specified MetaJournalStatsResp message. Does not implicitly {@link hivefs.MetaJournalStatsResp.verify|verify} messages.
         * @param message MetaJournalStatsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMetaJournalStatsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetaJournalStatsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MetaJournalStatsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MetaJournalStatsResp;

        /**
         * Creates a MetaJournalStatsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetaJournalStatsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MetaJournalStatsResp;

        /**
         * Creates a plain object from a MetaJournalStatsResp message. Also converts values to other types if specified.
         * @param message MetaJournalStatsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MetaJournalStatsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetaJournalStatsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetMetaResyncStatsReq. */
    interface IGetMetaResyncStatsReq {

        /** GetMetaResyncStatsReq groupId */
        groupId?: (number|null);
    }

    /** Represents a GetMetaResyncStatsReq. */
    class GetMetaResyncStatsReq implements IGetMetaResyncStatsReq {

        /**
         * Constructs a new GetMetaResyncStatsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetMetaResyncStatsReq);

        /** GetMetaResyncStatsReq groupId. */
        public groupId: number;

        /**
         * Creates a new GetMetaResyncStatsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetMetaResyncStatsReq instance
         */
        public static create(properties?: hivefs.IGetMetaResyncStatsReq): hivefs.GetMetaResyncStatsReq;

        /**
         * Encodes the specified GetMetaResyncStatsReq message. Does not implicitly {@link hivefs.GetMetaResyncStatsReq.verify|verify} messages.
         * @param message GetMetaResyncStatsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetMetaResyncStatsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetMetaResyncStatsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetMetaResyncStatsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetMetaResyncStatsReq;

        /**
         * Creates a GetMetaResyncStatsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetMetaResyncStatsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetMetaResyncStatsReq;

        /**
         * Creates a plain object from a GetMetaResyncStatsReq message. Also converts values to other types if specified.
         * @param message GetMetaResyncStatsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetMetaResyncStatsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetMetaResyncStatsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetMetaResyncStatsResp. */
    interface IGetMetaResyncStatsResp {

        /** GetMetaResyncStatsResp stats */
        stats?: (hivefs.IResyncStats|null);
    }

    /** Represents a GetMetaResyncStatsResp. */
    class GetMetaResyncStatsResp implements IGetMetaResyncStatsResp {

        /**
         * Constructs a new GetMetaResyncStatsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetMetaResyncStatsResp);

        /** GetMetaResyncStatsResp stats. */
        public stats?: (hivefs.IResyncStats|null);

        /**
         * Creates a new GetMetaResyncStatsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetMetaResyncStatsResp instance
         */
        public static create(properties?: hivefs.IGetMetaResyncStatsResp): hivefs.GetMetaResyncStatsResp;

        /**
         * Encodes the specified GetMetaResyncStatsResp message. Does not implicitly {@link hivefs.GetMetaResyncStatsResp.verify|verify} messages.
         * @param message GetMetaResyncStatsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetMetaResyncStatsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetMetaResyncStatsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetMetaResyncStatsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetMetaResyncStatsResp;

        /**
         * Creates a GetMetaResyncStatsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetMetaResyncStatsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetMetaResyncStatsResp;

        /**
         * Creates a plain object from a GetMetaResyncStatsResp message. Also converts values to other types if specified.
         * @param message GetMetaResyncStatsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetMetaResyncStatsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetMetaResyncStatsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StartMetaResyncReq. */
    interface IStartMetaResyncReq {

        /** StartMetaResyncReq groupId */
        groupId?: (number|null);

        /** StartMetaResyncReq full */
        full?: (boolean|null);

        /** StartMetaResyncReq restart */
        restart?: (boolean|null);
    }

    /** Represents a StartMetaResyncReq. */
    class StartMetaResyncReq implements IStartMetaResyncReq {

        /**
         * Constructs a new StartMetaResyncReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStartMetaResyncReq);

        /** StartMetaResyncReq groupId. */
        public groupId: number;

        /** StartMetaResyncReq full. */
        public full: boolean;

        /** StartMetaResyncReq restart. */
        public restart: boolean;

        /**
         * Creates a new StartMetaResyncReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StartMetaResyncReq instance
         */
        public static create(properties?: hivefs.IStartMetaResyncReq): hivefs.StartMetaResyncReq;

        /**
         * Encodes the specified StartMetaResyncReq message. Does not implicitly {@link hivefs.StartMetaResyncReq.verify|verify} messages.
         * @param message StartMetaResyncReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStartMetaResyncReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StartMetaResyncReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StartMetaResyncReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StartMetaResyncReq;

        /**
         * Creates a StartMetaResyncReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StartMetaResyncReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StartMetaResyncReq;

        /**
         * Creates a plain object from a StartMetaResyncReq message. Also converts values to other types if specified.
         * @param message StartMetaResyncReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StartMetaResyncReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StartMetaResyncReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StartMetaResyncResp. */
    interface IStartMetaResyncResp {

        /** StartMetaResyncResp stats */
        stats?: (hivefs.IResyncStats|null);
    }

    /** Represents a StartMetaResyncResp. */
    class StartMetaResyncResp implements IStartMetaResyncResp {

        /**
         * Constructs a new StartMetaResyncResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStartMetaResyncResp);

        /** StartMetaResyncResp stats. */
        public stats?: (hivefs.IResyncStats|null);

        /**
         * Creates a new StartMetaResyncResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StartMetaResyncResp instance
         */
        public static create(properties?: hivefs.IStartMetaResyncResp): hivefs.StartMetaResyncResp;

        /**
         * Encodes the specified StartMetaResyncResp message. Does not implicitly {@link hivefs.StartMetaResyncResp.verify|verify} messages.
         * @param message StartMetaResyncResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStartMetaResyncResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StartMetaResyncResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StartMetaResyncResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StartMetaResyncResp;

        /**
         * Creates a StartMetaResyncResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StartMetaResyncResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StartMetaResyncResp;

        /**
         * Creates a plain object from a StartMetaResyncResp message. Also converts values to other types if specified.
         * @param message StartMetaResyncResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StartMetaResyncResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StartMetaResyncResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RootHandOverReq. */
    interface IRootHandOverReq {

        /** RootHandOverReq groupId */
        groupId?: (number|null);

        /** RootHandOverReq after */
        after?: (string|null);
    }

    /** Represents a RootHandOverReq. */
    class RootHandOverReq implements IRootHandOverReq {

        /**
         * Constructs a new RootHandOverReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRootHandOverReq);

        /** RootHandOverReq groupId. */
        public groupId: number;

        /** RootHandOverReq after. */
        public after: string;

        /**
         * Creates a new RootHandOverReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RootHandOverReq instance
         */
        public static create(properties?: hivefs.IRootHandOverReq): hivefs.RootHandOverReq;

        /**
         * Encodes the specified RootHandOverReq message. Does not implicitly {@link hivefs.RootHandOverReq.verify|verify} messages.
         * @param message RootHandOverReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRootHandOverReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RootHandOverReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RootHandOverReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RootHandOverReq;

        /**
         * Creates a RootHandOverReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RootHandOverReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RootHandOverReq;

        /**
         * Creates a plain object from a RootHandOverReq message. Also converts values to other types if specified.
         * @param message RootHandOverReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RootHandOverReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RootHandOverReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RootHandOverResp. */
    interface IRootHandOverResp {

        /** RootHandOverResp records */
        records?: (hivefs.IJournalOp[]|null);

        /** RootHandOverResp last */
        last?: (boolean|null);

        /** RootHandOverResp inode */
        inode?: (Uint8Array|null);
    }

    /** Represents a RootHandOverResp. */
    class RootHandOverResp implements IRootHandOverResp {

        /**
         * Constructs a new RootHandOverResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRootHandOverResp);

        /** RootHandOverResp records. */
        public records: hivefs.IJournalOp[];

        /** RootHandOverResp last. */
        public last: boolean;

        /** RootHandOverResp inode. */
        public inode: Uint8Array;

        /**
         * Creates a new RootHandOverResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RootHandOverResp instance
         */
        public static create(properties?: hivefs.IRootHandOverResp): hivefs.RootHandOverResp;

        /**
         * Encodes the specified RootHandOverResp message. Does not implicitly {@link hivefs.RootHandOverResp.verify|verify} messages.
         * @param message RootHandOverResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRootHandOverResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RootHandOverResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RootHandOverResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RootHandOverResp;

        /**
         * Creates a RootHandOverResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RootHandOverResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RootHandOverResp;

        /**
         * Creates a plain object from a RootHandOverResp message. Also converts values to other types if specified.
         * @param message RootHandOverResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RootHandOverResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RootHandOverResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RegisterNodeReq. */
    interface IRegisterNodeReq {

        /** RegisterNodeReq type */
        type?: (hivefs.NodeType|null);

        /** RegisterNodeReq nodeId */
        nodeId?: (number|null);

        /** RegisterNodeReq alias */
        alias?: (string|null);

        /** RegisterNodeReq addrs */
        addrs?: (hivefs.INodeAddr[]|null);

        /** RegisterNodeReq hostname */
        hostname?: (string|null);

        /** RegisterNodeReq version */
        version?: (string|null);

        /** RegisterNodeReq pid */
        pid?: (number|null);
    }

    /** Represents a RegisterNodeReq. */
    class RegisterNodeReq implements IRegisterNodeReq {

        /**
         * Constructs a new RegisterNodeReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRegisterNodeReq);

        /** RegisterNodeReq type. */
        public type: hivefs.NodeType;

        /** RegisterNodeReq nodeId. */
        public nodeId: number;

        /** RegisterNodeReq alias. */
        public alias: string;

        /** RegisterNodeReq addrs. */
        public addrs: hivefs.INodeAddr[];

        /** RegisterNodeReq hostname. */
        public hostname: string;

        /** RegisterNodeReq version. */
        public version: string;

        /** RegisterNodeReq pid. */
        public pid: number;

        /**
         * Creates a new RegisterNodeReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterNodeReq instance
         */
        public static create(properties?: hivefs.IRegisterNodeReq): hivefs.RegisterNodeReq;

        /**
         * Encodes the specified RegisterNodeReq message. Does not implicitly {@link hivefs.RegisterNodeReq.verify|verify} messages.
         * @param message RegisterNodeReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRegisterNodeReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterNodeReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RegisterNodeReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RegisterNodeReq;

        /**
         * Creates a RegisterNodeReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterNodeReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RegisterNodeReq;

        /**
         * Creates a plain object from a RegisterNodeReq message. Also converts values to other types if specified.
         * @param message RegisterNodeReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RegisterNodeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterNodeReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RegisterNodeResp. */
    interface IRegisterNodeResp {

        /** RegisterNodeResp nodeId */
        nodeId?: (number|null);

        /** RegisterNodeResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents a RegisterNodeResp. */
    class RegisterNodeResp implements IRegisterNodeResp {

        /**
         * Constructs a new RegisterNodeResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRegisterNodeResp);

        /** RegisterNodeResp nodeId. */
        public nodeId: number;

        /** RegisterNodeResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new RegisterNodeResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterNodeResp instance
         */
        public static create(properties?: hivefs.IRegisterNodeResp): hivefs.RegisterNodeResp;

        /**
         * Encodes the specified RegisterNodeResp message. Does not implicitly {@link hivefs.RegisterNodeResp.verify|verify} messages.
         * @param message RegisterNodeResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRegisterNodeResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterNodeResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RegisterNodeResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RegisterNodeResp;

        /**
         * Creates a RegisterNodeResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterNodeResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RegisterNodeResp;

        /**
         * Creates a plain object from a RegisterNodeResp message. Also converts values to other types if specified.
         * @param message RegisterNodeResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RegisterNodeResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterNodeResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RegisterTargetReq. */
    interface IRegisterTargetReq {

        /** RegisterTargetReq targetId */
        targetId?: (number|null);

        /** RegisterTargetReq nodeId */
        nodeId?: (number|null);
    }

    /** Represents a RegisterTargetReq. */
    class RegisterTargetReq implements IRegisterTargetReq {

        /**
         * Constructs a new RegisterTargetReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRegisterTargetReq);

        /** RegisterTargetReq targetId. */
        public targetId: number;

        /** RegisterTargetReq nodeId. */
        public nodeId: number;

        /**
         * Creates a new RegisterTargetReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterTargetReq instance
         */
        public static create(properties?: hivefs.IRegisterTargetReq): hivefs.RegisterTargetReq;

        /**
         * Encodes the specified RegisterTargetReq message. Does not implicitly {@link hivefs.RegisterTargetReq.verify|verify} messages.
         * @param message RegisterTargetReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRegisterTargetReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterTargetReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RegisterTargetReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RegisterTargetReq;

        /**
         * Creates a RegisterTargetReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterTargetReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RegisterTargetReq;

        /**
         * Creates a plain object from a RegisterTargetReq message. Also converts values to other types if specified.
         * @param message RegisterTargetReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RegisterTargetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterTargetReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RegisterTargetResp. */
    interface IRegisterTargetResp {

        /** RegisterTargetResp targetId */
        targetId?: (number|null);

        /** RegisterTargetResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents a RegisterTargetResp. */
    class RegisterTargetResp implements IRegisterTargetResp {

        /**
         * Constructs a new RegisterTargetResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRegisterTargetResp);

        /** RegisterTargetResp targetId. */
        public targetId: number;

        /** RegisterTargetResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new RegisterTargetResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RegisterTargetResp instance
         */
        public static create(properties?: hivefs.IRegisterTargetResp): hivefs.RegisterTargetResp;

        /**
         * Encodes the specified RegisterTargetResp message. Does not implicitly {@link hivefs.RegisterTargetResp.verify|verify} messages.
         * @param message RegisterTargetResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRegisterTargetResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RegisterTargetResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RegisterTargetResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RegisterTargetResp;

        /**
         * Creates a RegisterTargetResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RegisterTargetResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RegisterTargetResp;

        /**
         * Creates a plain object from a RegisterTargetResp message. Also converts values to other types if specified.
         * @param message RegisterTargetResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RegisterTargetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RegisterTargetResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a HeartbeatReq. */
    interface IHeartbeatReq {

        /** HeartbeatReq type */
        type?: (hivefs.NodeType|null);

        /** HeartbeatReq nodeId */
        nodeId?: (number|null);

        /** HeartbeatReq targets */
        targets?: (hivefs.ITargetSpace[]|null);

        /** HeartbeatReq resyncing */
        resyncing?: (number[]|null);
    }

    /** Represents a HeartbeatReq. */
    class HeartbeatReq implements IHeartbeatReq {

        /**
         * Constructs a new HeartbeatReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IHeartbeatReq);

        /** HeartbeatReq type. */
        public type: hivefs.NodeType;

        /** HeartbeatReq nodeId. */
        public nodeId: number;

        /** HeartbeatReq targets. */
        public targets: hivefs.ITargetSpace[];

        /** HeartbeatReq resyncing. */
        public resyncing: number[];

        /**
         * Creates a new HeartbeatReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HeartbeatReq instance
         */
        public static create(properties?: hivefs.IHeartbeatReq): hivefs.HeartbeatReq;

        /**
         * Encodes the specified HeartbeatReq message. Does not implicitly {@link hivefs.HeartbeatReq.verify|verify} messages.
         * @param message HeartbeatReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IHeartbeatReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HeartbeatReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HeartbeatReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.HeartbeatReq;

        /**
         * Creates a HeartbeatReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HeartbeatReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.HeartbeatReq;

        /**
         * Creates a plain object from a HeartbeatReq message. Also converts values to other types if specified.
         * @param message HeartbeatReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.HeartbeatReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HeartbeatReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a HeartbeatResp. */
    interface IHeartbeatResp {

        /** HeartbeatResp mapVersion */
        mapVersion?: (number|null);

        /** HeartbeatResp leaseMs */
        leaseMs?: (number|null);
    }

    /** Represents a HeartbeatResp. */
    class HeartbeatResp implements IHeartbeatResp {

        /**
         * Constructs a new HeartbeatResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IHeartbeatResp);

        /** HeartbeatResp mapVersion. */
        public mapVersion: number;

        /** HeartbeatResp leaseMs. */
        public leaseMs: number;

        /**
         * Creates a new HeartbeatResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HeartbeatResp instance
         */
        public static create(properties?: hivefs.IHeartbeatResp): hivefs.HeartbeatResp;

        /**
         * Encodes the specified HeartbeatResp message. Does not implicitly {@link hivefs.HeartbeatResp.verify|verify} messages.
         * @param message HeartbeatResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IHeartbeatResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HeartbeatResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HeartbeatResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.HeartbeatResp;

        /**
         * Creates a HeartbeatResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HeartbeatResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.HeartbeatResp;

        /**
         * Creates a plain object from a HeartbeatResp message. Also converts values to other types if specified.
         * @param message HeartbeatResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.HeartbeatResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HeartbeatResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetMapReq. */
    interface IGetMapReq {
    }

    /** Represents a GetMapReq. */
    class GetMapReq implements IGetMapReq {

        /**
         * Constructs a new GetMapReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetMapReq);

        /**
         * Creates a new GetMapReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetMapReq instance
         */
        public static create(properties?: hivefs.IGetMapReq): hivefs.GetMapReq;

        /**
         * Encodes the specified GetMapReq message. Does not implicitly {@link hivefs.GetMapReq.verify|verify} messages.
         * @param message GetMapReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetMapReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetMapReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetMapReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetMapReq;

        /**
         * Creates a GetMapReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetMapReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetMapReq;

        /**
         * Creates a plain object from a GetMapReq message. Also converts values to other types if specified.
         * @param message GetMapReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetMapReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetMapReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetMapResp. */
    interface IGetMapResp {

        /** GetMapResp map */
        map?: (hivefs.IClusterMap|null);
    }

    /** Represents a GetMapResp. */
    class GetMapResp implements IGetMapResp {

        /**
         * Constructs a new GetMapResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetMapResp);

        /** GetMapResp map. */
        public map?: (hivefs.IClusterMap|null);

        /**
         * Creates a new GetMapResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetMapResp instance
         */
        public static create(properties?: hivefs.IGetMapResp): hivefs.GetMapResp;

        /**
         * Encodes the specified GetMapResp message. Does not implicitly {@link hivefs.GetMapResp.verify|verify} messages.
         * @param message GetMapResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetMapResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetMapResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetMapResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetMapResp;

        /**
         * Creates a GetMapResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetMapResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetMapResp;

        /**
         * Creates a plain object from a GetMapResp message. Also converts values to other types if specified.
         * @param message GetMapResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetMapResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetMapResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetTargetStateReq. */
    interface ISetTargetStateReq {

        /** SetTargetStateReq nodeType */
        nodeType?: (hivefs.NodeType|null);

        /** SetTargetStateReq targetId */
        targetId?: (number|null);

        /** SetTargetStateReq expected */
        expected?: (hivefs.Consistency|null);

        /** SetTargetStateReq state */
        state?: (hivefs.Consistency|null);

        /** SetTargetStateReq force */
        force?: (boolean|null);
    }

    /** Represents a SetTargetStateReq. */
    class SetTargetStateReq implements ISetTargetStateReq {

        /**
         * Constructs a new SetTargetStateReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetTargetStateReq);

        /** SetTargetStateReq nodeType. */
        public nodeType: hivefs.NodeType;

        /** SetTargetStateReq targetId. */
        public targetId: number;

        /** SetTargetStateReq expected. */
        public expected: hivefs.Consistency;

        /** SetTargetStateReq state. */
        public state: hivefs.Consistency;

        /** SetTargetStateReq force. */
        public force: boolean;

        /**
         * Creates a new SetTargetStateReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetTargetStateReq instance
         */
        public static create(properties?: hivefs.ISetTargetStateReq): hivefs.SetTargetStateReq;

        /**
         * Encodes the specified SetTargetStateReq message. Does not implicitly {@link hivefs.SetTargetStateReq.verify|verify} messages.
         * @param message SetTargetStateReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetTargetStateReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetTargetStateReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetTargetStateReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetTargetStateReq;

        /**
         * Creates a SetTargetStateReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetTargetStateReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetTargetStateReq;

        /**
         * Creates a plain object from a SetTargetStateReq message. Also converts values to other types if specified.
         * @param message SetTargetStateReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetTargetStateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetTargetStateReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a SetTargetStateResp. */
    interface ISetTargetStateResp {

        /** SetTargetStateResp state */
        state?: (hivefs.Consistency|null);

        /** SetTargetStateResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents a SetTargetStateResp. */
    class SetTargetStateResp implements ISetTargetStateResp {

        /**
         * Constructs a new SetTargetStateResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ISetTargetStateResp);

        /** SetTargetStateResp state. */
        public state: hivefs.Consistency;

        /** SetTargetStateResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new SetTargetStateResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetTargetStateResp instance
         */
        public static create(properties?: hivefs.ISetTargetStateResp): hivefs.SetTargetStateResp;

        /**
         * Encodes the specified SetTargetStateResp message. Does not implicitly {@link hivefs.SetTargetStateResp.verify|verify} messages.
         * @param message SetTargetStateResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ISetTargetStateResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetTargetStateResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetTargetStateResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.SetTargetStateResp;

        /**
         * Creates a SetTargetStateResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SetTargetStateResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.SetTargetStateResp;

        /**
         * Creates a plain object from a SetTargetStateResp message. Also converts values to other types if specified.
         * @param message SetTargetStateResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.SetTargetStateResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SetTargetStateResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RemoveNodeReq. */
    interface IRemoveNodeReq {

        /** RemoveNodeReq type */
        type?: (hivefs.NodeType|null);

        /** RemoveNodeReq nodeId */
        nodeId?: (number|null);
    }

    /** Represents a RemoveNodeReq. */
    class RemoveNodeReq implements IRemoveNodeReq {

        /**
         * Constructs a new RemoveNodeReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRemoveNodeReq);

        /** RemoveNodeReq type. */
        public type: hivefs.NodeType;

        /** RemoveNodeReq nodeId. */
        public nodeId: number;

        /**
         * Creates a new RemoveNodeReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveNodeReq instance
         */
        public static create(properties?: hivefs.IRemoveNodeReq): hivefs.RemoveNodeReq;

        /**
         * Encodes the specified RemoveNodeReq message. Does not implicitly {@link hivefs.RemoveNodeReq.verify|verify} messages.
         * @param message RemoveNodeReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRemoveNodeReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveNodeReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveNodeReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RemoveNodeReq;

        /**
         * Creates a RemoveNodeReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveNodeReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RemoveNodeReq;

        /**
         * Creates a plain object from a RemoveNodeReq message. Also converts values to other types if specified.
         * @param message RemoveNodeReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RemoveNodeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveNodeReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RemoveNodeResp. */
    interface IRemoveNodeResp {

        /** RemoveNodeResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents a RemoveNodeResp. */
    class RemoveNodeResp implements IRemoveNodeResp {

        /**
         * Constructs a new RemoveNodeResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRemoveNodeResp);

        /** RemoveNodeResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new RemoveNodeResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveNodeResp instance
         */
        public static create(properties?: hivefs.IRemoveNodeResp): hivefs.RemoveNodeResp;

        /**
         * Encodes the specified RemoveNodeResp message. Does not implicitly {@link hivefs.RemoveNodeResp.verify|verify} messages.
         * @param message RemoveNodeResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRemoveNodeResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveNodeResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveNodeResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RemoveNodeResp;

        /**
         * Creates a RemoveNodeResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveNodeResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RemoveNodeResp;

        /**
         * Creates a plain object from a RemoveNodeResp message. Also converts values to other types if specified.
         * @param message RemoveNodeResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RemoveNodeResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveNodeResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RemoveTargetReq. */
    interface IRemoveTargetReq {

        /** RemoveTargetReq targetId */
        targetId?: (number|null);
    }

    /** Represents a RemoveTargetReq. */
    class RemoveTargetReq implements IRemoveTargetReq {

        /**
         * Constructs a new RemoveTargetReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRemoveTargetReq);

        /** RemoveTargetReq targetId. */
        public targetId: number;

        /**
         * Creates a new RemoveTargetReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveTargetReq instance
         */
        public static create(properties?: hivefs.IRemoveTargetReq): hivefs.RemoveTargetReq;

        /**
         * Encodes the specified RemoveTargetReq message. Does not implicitly {@link hivefs.RemoveTargetReq.verify|verify} messages.
         * @param message RemoveTargetReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRemoveTargetReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveTargetReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveTargetReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RemoveTargetReq;

        /**
         * Creates a RemoveTargetReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveTargetReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RemoveTargetReq;

        /**
         * Creates a plain object from a RemoveTargetReq message. Also converts values to other types if specified.
         * @param message RemoveTargetReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RemoveTargetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveTargetReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a RemoveTargetResp. */
    interface IRemoveTargetResp {

        /** RemoveTargetResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents a RemoveTargetResp. */
    class RemoveTargetResp implements IRemoveTargetResp {

        /**
         * Constructs a new RemoveTargetResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IRemoveTargetResp);

        /** RemoveTargetResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new RemoveTargetResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoveTargetResp instance
         */
        public static create(properties?: hivefs.IRemoveTargetResp): hivefs.RemoveTargetResp;

        /**
         * Encodes the specified RemoveTargetResp message. Does not implicitly {@link hivefs.RemoveTargetResp.verify|verify} messages.
         * @param message RemoveTargetResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IRemoveTargetResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoveTargetResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RemoveTargetResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.RemoveTargetResp;

        /**
         * Creates a RemoveTargetResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RemoveTargetResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.RemoveTargetResp;

        /**
         * Creates a plain object from a RemoveTargetResp message. Also converts values to other types if specified.
         * @param message RemoveTargetResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.RemoveTargetResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoveTargetResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an AddMirrorGroupReq. */
    interface IAddMirrorGroupReq {

        /** AddMirrorGroupReq nodeType */
        nodeType?: (hivefs.NodeType|null);

        /** AddMirrorGroupReq groupId */
        groupId?: (number|null);

        /** AddMirrorGroupReq primaryId */
        primaryId?: (number|null);

        /** AddMirrorGroupReq secondaryId */
        secondaryId?: (number|null);

        /** AddMirrorGroupReq force */
        force?: (boolean|null);
    }

    /** Represents an AddMirrorGroupReq. */
    class AddMirrorGroupReq implements IAddMirrorGroupReq {

        /**
         * Constructs a new AddMirrorGroupReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IAddMirrorGroupReq);

        /** AddMirrorGroupReq nodeType. */
        public nodeType: hivefs.NodeType;

        /** AddMirrorGroupReq groupId. */
        public groupId: number;

        /** AddMirrorGroupReq primaryId. */
        public primaryId: number;

        /** AddMirrorGroupReq secondaryId. */
        public secondaryId: number;

        /** AddMirrorGroupReq force. */
        public force: boolean;

        /**
         * Creates a new AddMirrorGroupReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddMirrorGroupReq instance
         */
        public static create(properties?: hivefs.IAddMirrorGroupReq): hivefs.AddMirrorGroupReq;

        /**
         * Encodes the specified AddMirrorGroupReq message. Does not implicitly {@link hivefs.AddMirrorGroupReq.verify|verify} messages.
         * @param message AddMirrorGroupReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IAddMirrorGroupReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddMirrorGroupReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AddMirrorGroupReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.AddMirrorGroupReq;

        /**
         * Creates an AddMirrorGroupReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AddMirrorGroupReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.AddMirrorGroupReq;

        /**
         * Creates a plain object from an AddMirrorGroupReq message. Also converts values to other types if specified.
         * @param message AddMirrorGroupReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.AddMirrorGroupReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AddMirrorGroupReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an AddMirrorGroupResp. */
    interface IAddMirrorGroupResp {

        /** AddMirrorGroupResp groupId */
        groupId?: (number|null);

        /** AddMirrorGroupResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents an AddMirrorGroupResp. */
    class AddMirrorGroupResp implements IAddMirrorGroupResp {

        /**
         * Constructs a new AddMirrorGroupResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IAddMirrorGroupResp);

        /** AddMirrorGroupResp groupId. */
        public groupId: number;

        /** AddMirrorGroupResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new AddMirrorGroupResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AddMirrorGroupResp instance
         */
        public static create(properties?: hivefs.IAddMirrorGroupResp): hivefs.AddMirrorGroupResp;

        /**
         * Encodes the specified AddMirrorGroupResp message. Does not implicitly {@link hivefs.AddMirrorGroupResp.verify|verify} messages.
         * @param message AddMirrorGroupResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IAddMirrorGroupResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AddMirrorGroupResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AddMirrorGroupResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.AddMirrorGroupResp;

        /**
         * Creates an AddMirrorGroupResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AddMirrorGroupResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.AddMirrorGroupResp;

        /**
         * Creates a plain object from an AddMirrorGroupResp message. Also converts values to other types if specified.
         * @param message AddMirrorGroupResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.AddMirrorGroupResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AddMirrorGroupResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MirrorRootReq. */
    interface IMirrorRootReq {
    }

    /** Represents a MirrorRootReq. */
    class MirrorRootReq implements IMirrorRootReq {

        /**
         * Constructs a new MirrorRootReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMirrorRootReq);

        /**
         * Creates a new MirrorRootReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MirrorRootReq instance
         */
        public static create(properties?: hivefs.IMirrorRootReq): hivefs.MirrorRootReq;

        /**
         * Encodes the specified MirrorRootReq message. Does not implicitly {@link hivefs.MirrorRootReq.verify|verify} messages.
         * @param message MirrorRootReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMirrorRootReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MirrorRootReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MirrorRootReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MirrorRootReq;

        /**
         * Creates a MirrorRootReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MirrorRootReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MirrorRootReq;

        /**
         * Creates a plain object from a MirrorRootReq message. Also converts values to other types if specified.
         * @param message MirrorRootReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MirrorRootReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MirrorRootReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a MirrorRootResp. */
    interface IMirrorRootResp {

        /** MirrorRootResp groupId */
        groupId?: (number|null);

        /** MirrorRootResp mapVersion */
        mapVersion?: (number|null);

        /** MirrorRootResp already */
        already?: (boolean|null);
    }

    /** Represents a MirrorRootResp. */
    class MirrorRootResp implements IMirrorRootResp {

        /**
         * Constructs a new MirrorRootResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IMirrorRootResp);

        /** MirrorRootResp groupId. */
        public groupId: number;

        /** MirrorRootResp mapVersion. */
        public mapVersion: number;

        /** MirrorRootResp already. */
        public already: boolean;

        /**
         * Creates a new MirrorRootResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MirrorRootResp instance
         */
        public static create(properties?: hivefs.IMirrorRootResp): hivefs.MirrorRootResp;

        /**
         * Encodes the specified MirrorRootResp message. Does not implicitly {@link hivefs.MirrorRootResp.verify|verify} messages.
         * @param message MirrorRootResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IMirrorRootResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MirrorRootResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MirrorRootResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.MirrorRootResp;

        /**
         * Creates a MirrorRootResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MirrorRootResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.MirrorRootResp;

        /**
         * Creates a plain object from a MirrorRootResp message. Also converts values to other types if specified.
         * @param message MirrorRootResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.MirrorRootResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MirrorRootResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an AuthChallenge. */
    interface IAuthChallenge {

        /** AuthChallenge nonce */
        nonce?: (Uint8Array|null);

        /** AuthChallenge protocolVersion */
        protocolVersion?: (number|null);

        /** AuthChallenge service */
        service?: (string|null);
    }

    /** Represents an AuthChallenge. */
    class AuthChallenge implements IAuthChallenge {

        /**
         * Constructs a new AuthChallenge.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IAuthChallenge);

        /** AuthChallenge nonce. */
        public nonce: Uint8Array;

        /** AuthChallenge protocolVersion. */
        public protocolVersion: number;

        /** AuthChallenge service. */
        public service: string;

        /**
         * Creates a new AuthChallenge instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthChallenge instance
         */
        public static create(properties?: hivefs.IAuthChallenge): hivefs.AuthChallenge;

        /**
         * Encodes the specified AuthChallenge message. Does not implicitly {@link hivefs.AuthChallenge.verify|verify} messages.
         * @param message AuthChallenge message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IAuthChallenge, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthChallenge message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthChallenge
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.AuthChallenge;

        /**
         * Creates an AuthChallenge message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthChallenge
         */
        public static fromObject(object: { [k: string]: any }): hivefs.AuthChallenge;

        /**
         * Creates a plain object from an AuthChallenge message. Also converts values to other types if specified.
         * @param message AuthChallenge
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.AuthChallenge, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthChallenge to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an AuthResponse. */
    interface IAuthResponse {

        /** AuthResponse mac */
        mac?: (Uint8Array|null);

        /** AuthResponse nonce */
        nonce?: (Uint8Array|null);
    }

    /** Represents an AuthResponse. */
    class AuthResponse implements IAuthResponse {

        /**
         * Constructs a new AuthResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IAuthResponse);

        /** AuthResponse mac. */
        public mac: Uint8Array;

        /** AuthResponse nonce. */
        public nonce: Uint8Array;

        /**
         * Creates a new AuthResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthResponse instance
         */
        public static create(properties?: hivefs.IAuthResponse): hivefs.AuthResponse;

        /**
         * Encodes the specified AuthResponse message. Does not implicitly {@link hivefs.AuthResponse.verify|verify} messages.
         * @param message AuthResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IAuthResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.AuthResponse;

        /**
         * Creates an AuthResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthResponse
         */
        public static fromObject(object: { [k: string]: any }): hivefs.AuthResponse;

        /**
         * Creates a plain object from an AuthResponse message. Also converts values to other types if specified.
         * @param message AuthResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.AuthResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthResponse to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an AuthResult. */
    interface IAuthResult {

        /** AuthResult mac */
        mac?: (Uint8Array|null);
    }

    /** Represents an AuthResult. */
    class AuthResult implements IAuthResult {

        /**
         * Constructs a new AuthResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IAuthResult);

        /** AuthResult mac. */
        public mac: Uint8Array;

        /**
         * Creates a new AuthResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthResult instance
         */
        public static create(properties?: hivefs.IAuthResult): hivefs.AuthResult;

        /**
         * Encodes the specified AuthResult message. Does not implicitly {@link hivefs.AuthResult.verify|verify} messages.
         * @param message AuthResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IAuthResult, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.AuthResult;

        /**
         * Creates an AuthResult message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AuthResult
         */
        public static fromObject(object: { [k: string]: any }): hivefs.AuthResult;

        /**
         * Creates a plain object from an AuthResult message. Also converts values to other types if specified.
         * @param message AuthResult
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.AuthResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuthResult to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PingReq. */
    interface IPingReq {
    }

    /** Represents a PingReq. */
    class PingReq implements IPingReq {

        /**
         * Constructs a new PingReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPingReq);

        /**
         * Creates a new PingReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PingReq instance
         */
        public static create(properties?: hivefs.IPingReq): hivefs.PingReq;

        /**
         * Encodes the specified PingReq message. Does not implicitly {@link hivefs.PingReq.verify|verify} messages.
         * @param message PingReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPingReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PingReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PingReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PingReq;

        /**
         * Creates a PingReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PingReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PingReq;

        /**
         * Creates a plain object from a PingReq message. Also converts values to other types if specified.
         * @param message PingReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PingReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PingReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a PingResp. */
    interface IPingResp {

        /** PingResp service */
        service?: (string|null);

        /** PingResp nodeId */
        nodeId?: (number|null);

        /** PingResp mapVersion */
        mapVersion?: (number|null);
    }

    /** Represents a PingResp. */
    class PingResp implements IPingResp {

        /**
         * Constructs a new PingResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IPingResp);

        /** PingResp service. */
        public service: string;

        /** PingResp nodeId. */
        public nodeId: number;

        /** PingResp mapVersion. */
        public mapVersion: number;

        /**
         * Creates a new PingResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PingResp instance
         */
        public static create(properties?: hivefs.IPingResp): hivefs.PingResp;

        /**
         * Encodes the specified PingResp message. Does not implicitly {@link hivefs.PingResp.verify|verify} messages.
         * @param message PingResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IPingResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PingResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PingResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.PingResp;

        /**
         * Creates a PingResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns PingResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.PingResp;

        /**
         * Creates a plain object from a PingResp message. Also converts values to other types if specified.
         * @param message PingResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.PingResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PingResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a WriteChunkReq. */
    interface IWriteChunkReq {

        /** WriteChunkReq entryId */
        entryId?: (string|null);

        /** WriteChunkReq targetId */
        targetId?: (number|null);

        /** WriteChunkReq offset */
        offset?: (number|null);

        /** WriteChunkReq groupId */
        groupId?: (number|null);

        /** WriteChunkReq forwarded */
        forwarded?: (boolean|null);
    }

    /** Represents a WriteChunkReq. */
    class WriteChunkReq implements IWriteChunkReq {

        /**
         * Constructs a new WriteChunkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IWriteChunkReq);

        /** WriteChunkReq entryId. */
        public entryId: string;

        /** WriteChunkReq targetId. */
        public targetId: number;

        /** WriteChunkReq offset. */
        public offset: number;

        /** WriteChunkReq groupId. */
        public groupId: number;

        /** WriteChunkReq forwarded. */
        public forwarded: boolean;

        /**
         * Creates a new WriteChunkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteChunkReq instance
         */
        public static create(properties?: hivefs.IWriteChunkReq): hivefs.WriteChunkReq;

        /**
         * Encodes the specified WriteChunkReq message. Does not implicitly {@link hivefs.WriteChunkReq.verify|verify} messages.
         * @param message WriteChunkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IWriteChunkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteChunkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WriteChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.WriteChunkReq;

        /**
         * Creates a WriteChunkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WriteChunkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.WriteChunkReq;

        /**
         * Creates a plain object from a WriteChunkReq message. Also converts values to other types if specified.
         * @param message WriteChunkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.WriteChunkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WriteChunkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a WriteChunkResp. */
    interface IWriteChunkResp {

        /** WriteChunkResp written */
        written?: (number|null);

        /** WriteChunkResp blocks */
        blocks?: (number|null);
    }

    /** Represents a WriteChunkResp. */
    class WriteChunkResp implements IWriteChunkResp {

        /**
         * Constructs a new WriteChunkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IWriteChunkResp);

        /** WriteChunkResp written. */
        public written: number;

        /** WriteChunkResp blocks. */
        public blocks: number;

        /**
         * Creates a new WriteChunkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteChunkResp instance
         */
        public static create(properties?: hivefs.IWriteChunkResp): hivefs.WriteChunkResp;

        /**
         * Encodes the specified WriteChunkResp message. Does not implicitly {@link hivefs.WriteChunkResp.verify|verify} messages.
         * @param message WriteChunkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IWriteChunkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteChunkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WriteChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.WriteChunkResp;

        /**
         * Creates a WriteChunkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WriteChunkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.WriteChunkResp;

        /**
         * Creates a plain object from a WriteChunkResp message. Also converts values to other types if specified.
         * @param message WriteChunkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.WriteChunkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WriteChunkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReadChunkReq. */
    interface IReadChunkReq {

        /** ReadChunkReq entryId */
        entryId?: (string|null);

        /** ReadChunkReq targetId */
        targetId?: (number|null);

        /** ReadChunkReq offset */
        offset?: (number|null);

        /** ReadChunkReq length */
        length?: (number|null);

        /** ReadChunkReq groupId */
        groupId?: (number|null);
    }

    /** Represents a ReadChunkReq. */
    class ReadChunkReq implements IReadChunkReq {

        /**
         * Constructs a new ReadChunkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReadChunkReq);

        /** ReadChunkReq entryId. */
        public entryId: string;

        /** ReadChunkReq targetId. */
        public targetId: number;

        /** ReadChunkReq offset. */
        public offset: number;

        /** ReadChunkReq length. */
        public length: number;

        /** ReadChunkReq groupId. */
        public groupId: number;

        /**
         * Creates a new ReadChunkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadChunkReq instance
         */
        public static create(properties?: hivefs.IReadChunkReq): hivefs.ReadChunkReq;

        /**
         * Encodes the specified ReadChunkReq message. Does not implicitly {@link hivefs.ReadChunkReq.verify|verify} messages.
         * @param message ReadChunkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReadChunkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadChunkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReadChunkReq;

        /**
         * Creates a ReadChunkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadChunkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReadChunkReq;

        /**
         * Creates a plain object from a ReadChunkReq message. Also converts values to other types if specified.
         * @param message ReadChunkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReadChunkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadChunkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ReadChunkResp. */
    interface IReadChunkResp {

        /** ReadChunkResp length */
        length?: (number|null);
    }

    /** Represents a ReadChunkResp. */
    class ReadChunkResp implements IReadChunkResp {

        /**
         * Constructs a new ReadChunkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IReadChunkResp);

        /** ReadChunkResp length. */
        public length: number;

        /**
         * Creates a new ReadChunkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadChunkResp instance
         */
        public static create(properties?: hivefs.IReadChunkResp): hivefs.ReadChunkResp;

        /**
         * Encodes the specified ReadChunkResp message. Does not implicitly {@link hivefs.ReadChunkResp.verify|verify} messages.
         * @param message ReadChunkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IReadChunkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadChunkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ReadChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ReadChunkResp;

        /**
         * Creates a ReadChunkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadChunkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ReadChunkResp;

        /**
         * Creates a plain object from a ReadChunkResp message. Also converts values to other types if specified.
         * @param message ReadChunkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ReadChunkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadChunkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a TruncateChunkReq. */
    interface ITruncateChunkReq {

        /** TruncateChunkReq entryId */
        entryId?: (string|null);

        /** TruncateChunkReq targetId */
        targetId?: (number|null);

        /** TruncateChunkReq length */
        length?: (number|null);

        /** TruncateChunkReq groupId */
        groupId?: (number|null);

        /** TruncateChunkReq forwarded */
        forwarded?: (boolean|null);
    }

    /** Represents a TruncateChunkReq. */
    class TruncateChunkReq implements ITruncateChunkReq {

        /**
         * Constructs a new TruncateChunkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ITruncateChunkReq);

        /** TruncateChunkReq entryId. */
        public entryId: string;

        /** TruncateChunkReq targetId. */
        public targetId: number;

        /** TruncateChunkReq length. */
        public length: number;

        /** TruncateChunkReq groupId. */
        public groupId: number;

        /** TruncateChunkReq forwarded. */
        public forwarded: boolean;

        /**
         * Creates a new TruncateChunkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TruncateChunkReq instance
         */
        public static create(properties?: hivefs.ITruncateChunkReq): hivefs.TruncateChunkReq;

        /**
         * Encodes the specified TruncateChunkReq message. Does not implicitly {@link hivefs.TruncateChunkReq.verify|verify} messages.
         * @param message TruncateChunkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ITruncateChunkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TruncateChunkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TruncateChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.TruncateChunkReq;

        /**
         * Creates a TruncateChunkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TruncateChunkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.TruncateChunkReq;

        /**
         * Creates a plain object from a TruncateChunkReq message. Also converts values to other types if specified.
         * @param message TruncateChunkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.TruncateChunkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TruncateChunkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a TruncateChunkResp. */
    interface ITruncateChunkResp {

        /** TruncateChunkResp blocks */
        blocks?: (number|null);
    }

    /** Represents a TruncateChunkResp. */
    class TruncateChunkResp implements ITruncateChunkResp {

        /**
         * Constructs a new TruncateChunkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.ITruncateChunkResp);

        /** TruncateChunkResp blocks. */
        public blocks: number;

        /**
         * Creates a new TruncateChunkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TruncateChunkResp instance
         */
        public static create(properties?: hivefs.ITruncateChunkResp): hivefs.TruncateChunkResp;

        /**
         * Encodes the specified TruncateChunkResp message. Does not implicitly {@link hivefs.TruncateChunkResp.verify|verify} messages.
         * @param message TruncateChunkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.ITruncateChunkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TruncateChunkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TruncateChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.TruncateChunkResp;

        /**
         * Creates a TruncateChunkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TruncateChunkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.TruncateChunkResp;

        /**
         * Creates a plain object from a TruncateChunkResp message. Also converts values to other types if specified.
         * @param message TruncateChunkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.TruncateChunkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TruncateChunkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an UnlinkChunkReq. */
    interface IUnlinkChunkReq {

        /** UnlinkChunkReq entryId */
        entryId?: (string|null);

        /** UnlinkChunkReq targetId */
        targetId?: (number|null);

        /** UnlinkChunkReq groupId */
        groupId?: (number|null);

        /** UnlinkChunkReq forwarded */
        forwarded?: (boolean|null);
    }

    /** Represents an UnlinkChunkReq. */
    class UnlinkChunkReq implements IUnlinkChunkReq {

        /**
         * Constructs a new UnlinkChunkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IUnlinkChunkReq);

        /** UnlinkChunkReq entryId. */
        public entryId: string;

        /** UnlinkChunkReq targetId. */
        public targetId: number;

        /** UnlinkChunkReq groupId. */
        public groupId: number;

        /** UnlinkChunkReq forwarded. */
        public forwarded: boolean;

        /**
         * Creates a new UnlinkChunkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlinkChunkReq instance
         */
        public static create(properties?: hivefs.IUnlinkChunkReq): hivefs.UnlinkChunkReq;

        /**
         * Encodes the specified UnlinkChunkReq message. Does not implicitly {@link hivefs.UnlinkChunkReq.verify|verify} messages.
         * @param message UnlinkChunkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IUnlinkChunkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlinkChunkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlinkChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.UnlinkChunkReq;

        /**
         * Creates an UnlinkChunkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlinkChunkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.UnlinkChunkReq;

        /**
         * Creates a plain object from an UnlinkChunkReq message. Also converts values to other types if specified.
         * @param message UnlinkChunkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.UnlinkChunkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlinkChunkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an UnlinkChunkResp. */
    interface IUnlinkChunkResp {

        /** UnlinkChunkResp existed */
        existed?: (boolean|null);
    }

    /** Represents an UnlinkChunkResp. */
    class UnlinkChunkResp implements IUnlinkChunkResp {

        /**
         * Constructs a new UnlinkChunkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IUnlinkChunkResp);

        /** UnlinkChunkResp existed. */
        public existed: boolean;

        /**
         * Creates a new UnlinkChunkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlinkChunkResp instance
         */
        public static create(properties?: hivefs.IUnlinkChunkResp): hivefs.UnlinkChunkResp;

        /**
         * Encodes the specified UnlinkChunkResp message. Does not implicitly {@link hivefs.UnlinkChunkResp.verify|verify} messages.
         * @param message UnlinkChunkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IUnlinkChunkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlinkChunkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlinkChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.UnlinkChunkResp;

        /**
         * Creates an UnlinkChunkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlinkChunkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.UnlinkChunkResp;

        /**
         * Creates a plain object from an UnlinkChunkResp message. Also converts values to other types if specified.
         * @param message UnlinkChunkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.UnlinkChunkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlinkChunkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ChunkRef. */
    interface IChunkRef {

        /** ChunkRef entryId */
        entryId?: (string|null);

        /** ChunkRef targetId */
        targetId?: (number|null);

        /** ChunkRef groupId */
        groupId?: (number|null);
    }

    /** Represents a ChunkRef. */
    class ChunkRef implements IChunkRef {

        /**
         * Constructs a new ChunkRef.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IChunkRef);

        /** ChunkRef entryId. */
        public entryId: string;

        /** ChunkRef targetId. */
        public targetId: number;

        /** ChunkRef groupId. */
        public groupId: number;

        /**
         * Creates a new ChunkRef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkRef instance
         */
        public static create(properties?: hivefs.IChunkRef): hivefs.ChunkRef;

        /**
         * Encodes the specified ChunkRef message. Does not implicitly {@link hivefs.ChunkRef.verify|verify} messages.
         * @param message ChunkRef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IChunkRef, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkRef message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ChunkRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ChunkRef;

        /**
         * Creates a ChunkRef message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkRef
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ChunkRef;

        /**
         * Creates a plain object from a ChunkRef message. Also converts values to other types if specified.
         * @param message ChunkRef
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ChunkRef, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkRef to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an UnlinkChunksReq. */
    interface IUnlinkChunksReq {

        /** UnlinkChunksReq chunks */
        chunks?: (hivefs.IChunkRef[]|null);

        /** UnlinkChunksReq forwarded */
        forwarded?: (boolean|null);
    }

    /** Represents an UnlinkChunksReq. */
    class UnlinkChunksReq implements IUnlinkChunksReq {

        /**
         * Constructs a new UnlinkChunksReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IUnlinkChunksReq);

        /** UnlinkChunksReq chunks. */
        public chunks: hivefs.IChunkRef[];

        /** UnlinkChunksReq forwarded. */
        public forwarded: boolean;

        /**
         * Creates a new UnlinkChunksReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlinkChunksReq instance
         */
        public static create(properties?: hivefs.IUnlinkChunksReq): hivefs.UnlinkChunksReq;

        /**
         * Encodes the specified UnlinkChunksReq message. Does not implicitly {@link hivefs.UnlinkChunksReq.verify|verify} messages.
         * @param message UnlinkChunksReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IUnlinkChunksReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlinkChunksReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlinkChunksReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.UnlinkChunksReq;

        /**
         * Creates an UnlinkChunksReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlinkChunksReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.UnlinkChunksReq;

        /**
         * Creates a plain object from an UnlinkChunksReq message. Also converts values to other types if specified.
         * @param message UnlinkChunksReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.UnlinkChunksReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlinkChunksReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ChunkUnlinkResult. */
    interface IChunkUnlinkResult {

        /** ChunkUnlinkResult existed */
        existed?: (boolean|null);

        /** ChunkUnlinkResult code */
        code?: (number|null);

        /** ChunkUnlinkResult message */
        message?: (string|null);
    }

    /** Represents a ChunkUnlinkResult. */
    class ChunkUnlinkResult implements IChunkUnlinkResult {

        /**
         * Constructs a new ChunkUnlinkResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IChunkUnlinkResult);

        /** ChunkUnlinkResult existed. */
        public existed: boolean;

        /** ChunkUnlinkResult code. */
        public code: number;

        /** ChunkUnlinkResult message. */
        public message: string;

        /**
         * Creates a new ChunkUnlinkResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkUnlinkResult instance
         */
        public static create(properties?: hivefs.IChunkUnlinkResult): hivefs.ChunkUnlinkResult;

        /**
         * Encodes the specified ChunkUnlinkResult message. Does not implicitly {@link hivefs.ChunkUnlinkResult.verify|verify} messages.
         * @param message ChunkUnlinkResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IChunkUnlinkResult, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkUnlinkResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ChunkUnlinkResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ChunkUnlinkResult;

        /**
         * Creates a ChunkUnlinkResult message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkUnlinkResult
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ChunkUnlinkResult;

        /**
         * Creates a plain object from a ChunkUnlinkResult message. Also converts values to other types if specified.
         * @param message ChunkUnlinkResult
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ChunkUnlinkResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkUnlinkResult to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of an UnlinkChunksResp. */
    interface IUnlinkChunksResp {

        /** UnlinkChunksResp results */
        results?: (hivefs.IChunkUnlinkResult[]|null);
    }

    /** Represents an UnlinkChunksResp. */
    class UnlinkChunksResp implements IUnlinkChunksResp {

        /**
         * Constructs a new UnlinkChunksResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IUnlinkChunksResp);

        /** UnlinkChunksResp results. */
        public results: hivefs.IChunkUnlinkResult[];

        /**
         * Creates a new UnlinkChunksResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnlinkChunksResp instance
         */
        public static create(properties?: hivefs.IUnlinkChunksResp): hivefs.UnlinkChunksResp;

        /**
         * Encodes the specified UnlinkChunksResp message. Does not implicitly {@link hivefs.UnlinkChunksResp.verify|verify} messages.
         * @param message UnlinkChunksResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IUnlinkChunksResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnlinkChunksResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnlinkChunksResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.UnlinkChunksResp;

        /**
         * Creates an UnlinkChunksResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UnlinkChunksResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.UnlinkChunksResp;

        /**
         * Creates a plain object from an UnlinkChunksResp message. Also converts values to other types if specified.
         * @param message UnlinkChunksResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.UnlinkChunksResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UnlinkChunksResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a FsyncChunkReq. */
    interface IFsyncChunkReq {

        /** FsyncChunkReq entryId */
        entryId?: (string|null);

        /** FsyncChunkReq targetId */
        targetId?: (number|null);

        /** FsyncChunkReq groupId */
        groupId?: (number|null);

        /** FsyncChunkReq forwarded */
        forwarded?: (boolean|null);
    }

    /** Represents a FsyncChunkReq. */
    class FsyncChunkReq implements IFsyncChunkReq {

        /**
         * Constructs a new FsyncChunkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IFsyncChunkReq);

        /** FsyncChunkReq entryId. */
        public entryId: string;

        /** FsyncChunkReq targetId. */
        public targetId: number;

        /** FsyncChunkReq groupId. */
        public groupId: number;

        /** FsyncChunkReq forwarded. */
        public forwarded: boolean;

        /**
         * Creates a new FsyncChunkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FsyncChunkReq instance
         */
        public static create(properties?: hivefs.IFsyncChunkReq): hivefs.FsyncChunkReq;

        /**
         * Encodes the specified FsyncChunkReq message. Does not implicitly {@link hivefs.FsyncChunkReq.verify|verify} messages.
         * @param message FsyncChunkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IFsyncChunkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FsyncChunkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns FsyncChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.FsyncChunkReq;

        /**
         * Creates a FsyncChunkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FsyncChunkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.FsyncChunkReq;

        /**
         * Creates a plain object from a FsyncChunkReq message. Also converts values to other types if specified.
         * @param message FsyncChunkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.FsyncChunkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FsyncChunkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a FsyncChunkResp. */
    interface IFsyncChunkResp {
    }

    /** Represents a FsyncChunkResp. */
    class FsyncChunkResp implements IFsyncChunkResp {

        /**
         * Constructs a new FsyncChunkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IFsyncChunkResp);

        /**
         * Creates a new FsyncChunkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FsyncChunkResp instance
         */
        public static create(properties?: hivefs.IFsyncChunkResp): hivefs.FsyncChunkResp;

        /**
         * Encodes the specified FsyncChunkResp message. Does not implicitly {@link hivefs.FsyncChunkResp.verify|verify} messages.
         * @param message FsyncChunkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IFsyncChunkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FsyncChunkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns FsyncChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.FsyncChunkResp;

        /**
         * Creates a FsyncChunkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns FsyncChunkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.FsyncChunkResp;

        /**
         * Creates a plain object from a FsyncChunkResp message. Also converts values to other types if specified.
         * @param message FsyncChunkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.FsyncChunkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this FsyncChunkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetChunkLengthsReq. */
    interface IGetChunkLengthsReq {

        /** GetChunkLengthsReq entryId */
        entryId?: (string|null);

        /** GetChunkLengthsReq targetIds */
        targetIds?: (number[]|null);

        /** GetChunkLengthsReq groupIds */
        groupIds?: (number[]|null);
    }

    /** Represents a GetChunkLengthsReq. */
    class GetChunkLengthsReq implements IGetChunkLengthsReq {

        /**
         * Constructs a new GetChunkLengthsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetChunkLengthsReq);

        /** GetChunkLengthsReq entryId. */
        public entryId: string;

        /** GetChunkLengthsReq targetIds. */
        public targetIds: number[];

        /** GetChunkLengthsReq groupIds. */
        public groupIds: number[];

        /**
         * Creates a new GetChunkLengthsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetChunkLengthsReq instance
         */
        public static create(properties?: hivefs.IGetChunkLengthsReq): hivefs.GetChunkLengthsReq;

        /**
         * Encodes the specified GetChunkLengthsReq message. Does not implicitly {@link hivefs.GetChunkLengthsReq.verify|verify} messages.
         * @param message GetChunkLengthsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetChunkLengthsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetChunkLengthsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetChunkLengthsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetChunkLengthsReq;

        /**
         * Creates a GetChunkLengthsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetChunkLengthsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetChunkLengthsReq;

        /**
         * Creates a plain object from a GetChunkLengthsReq message. Also converts values to other types if specified.
         * @param message GetChunkLengthsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetChunkLengthsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetChunkLengthsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetChunkLengthsResp. */
    interface IGetChunkLengthsResp {

        /** GetChunkLengthsResp lengths */
        lengths?: (number[]|null);

        /** GetChunkLengthsResp blocks */
        blocks?: (number[]|null);
    }

    /** Represents a GetChunkLengthsResp. */
    class GetChunkLengthsResp implements IGetChunkLengthsResp {

        /**
         * Constructs a new GetChunkLengthsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetChunkLengthsResp);

        /** GetChunkLengthsResp lengths. */
        public lengths: number[];

        /** GetChunkLengthsResp blocks. */
        public blocks: number[];

        /**
         * Creates a new GetChunkLengthsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetChunkLengthsResp instance
         */
        public static create(properties?: hivefs.IGetChunkLengthsResp): hivefs.GetChunkLengthsResp;

        /**
         * Encodes the specified GetChunkLengthsResp message. Does not implicitly {@link hivefs.GetChunkLengthsResp.verify|verify} messages.
         * @param message GetChunkLengthsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetChunkLengthsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetChunkLengthsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetChunkLengthsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetChunkLengthsResp;

        /**
         * Creates a GetChunkLengthsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetChunkLengthsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetChunkLengthsResp;

        /**
         * Creates a plain object from a GetChunkLengthsResp message. Also converts values to other types if specified.
         * @param message GetChunkLengthsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetChunkLengthsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetChunkLengthsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StatTargetsReq. */
    interface IStatTargetsReq {

        /** StatTargetsReq targetIds */
        targetIds?: (number[]|null);
    }

    /** Represents a StatTargetsReq. */
    class StatTargetsReq implements IStatTargetsReq {

        /**
         * Constructs a new StatTargetsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStatTargetsReq);

        /** StatTargetsReq targetIds. */
        public targetIds: number[];

        /**
         * Creates a new StatTargetsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatTargetsReq instance
         */
        public static create(properties?: hivefs.IStatTargetsReq): hivefs.StatTargetsReq;

        /**
         * Encodes the specified StatTargetsReq message. Does not implicitly {@link hivefs.StatTargetsReq.verify|verify} messages.
         * @param message StatTargetsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStatTargetsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatTargetsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatTargetsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StatTargetsReq;

        /**
         * Creates a StatTargetsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatTargetsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StatTargetsReq;

        /**
         * Creates a plain object from a StatTargetsReq message. Also converts values to other types if specified.
         * @param message StatTargetsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StatTargetsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatTargetsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StatTargetsResp. */
    interface IStatTargetsResp {

        /** StatTargetsResp targets */
        targets?: (hivefs.ITargetSpace[]|null);
    }

    /** Represents a StatTargetsResp. */
    class StatTargetsResp implements IStatTargetsResp {

        /**
         * Constructs a new StatTargetsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStatTargetsResp);

        /** StatTargetsResp targets. */
        public targets: hivefs.ITargetSpace[];

        /**
         * Creates a new StatTargetsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatTargetsResp instance
         */
        public static create(properties?: hivefs.IStatTargetsResp): hivefs.StatTargetsResp;

        /**
         * Encodes the specified StatTargetsResp message. Does not implicitly {@link hivefs.StatTargetsResp.verify|verify} messages.
         * @param message StatTargetsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStatTargetsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatTargetsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatTargetsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StatTargetsResp;

        /**
         * Creates a StatTargetsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StatTargetsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StatTargetsResp;

        /**
         * Creates a plain object from a StatTargetsResp message. Also converts values to other types if specified.
         * @param message StatTargetsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StatTargetsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatTargetsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ResyncChunkReq. */
    interface IResyncChunkReq {

        /** ResyncChunkReq groupId */
        groupId?: (number|null);

        /** ResyncChunkReq targetId */
        targetId?: (number|null);

        /** ResyncChunkReq entryId */
        entryId?: (string|null);

        /** ResyncChunkReq fileLength */
        fileLength?: (number|null);

        /** ResyncChunkReq offset */
        offset?: (number|null);

        /** ResyncChunkReq remove */
        remove?: (boolean|null);

        /** ResyncChunkReq partial */
        partial?: (boolean|null);
    }

    /** Represents a ResyncChunkReq. */
    class ResyncChunkReq implements IResyncChunkReq {

        /**
         * Constructs a new ResyncChunkReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IResyncChunkReq);

        /** ResyncChunkReq groupId. */
        public groupId: number;

        /** ResyncChunkReq targetId. */
        public targetId: number;

        /** ResyncChunkReq entryId. */
        public entryId: string;

        /** ResyncChunkReq fileLength. */
        public fileLength: number;

        /** ResyncChunkReq offset. */
        public offset: number;

        /** ResyncChunkReq remove. */
        public remove: boolean;

        /** ResyncChunkReq partial. */
        public partial: boolean;

        /**
         * Creates a new ResyncChunkReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResyncChunkReq instance
         */
        public static create(properties?: hivefs.IResyncChunkReq): hivefs.ResyncChunkReq;

        /**
         * Encodes the specified ResyncChunkReq message. Does not implicitly {@link hivefs.ResyncChunkReq.verify|verify} messages.
         * @param message ResyncChunkReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IResyncChunkReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResyncChunkReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResyncChunkReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ResyncChunkReq;

        /**
         * Creates a ResyncChunkReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResyncChunkReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ResyncChunkReq;

        /**
         * Creates a plain object from a ResyncChunkReq message. Also converts values to other types if specified.
         * @param message ResyncChunkReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ResyncChunkReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResyncChunkReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ResyncChunkResp. */
    interface IResyncChunkResp {
    }

    /** Represents a ResyncChunkResp. */
    class ResyncChunkResp implements IResyncChunkResp {

        /**
         * Constructs a new ResyncChunkResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IResyncChunkResp);

        /**
         * Creates a new ResyncChunkResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResyncChunkResp instance
         */
        public static create(properties?: hivefs.IResyncChunkResp): hivefs.ResyncChunkResp;

        /**
         * Encodes the specified ResyncChunkResp message. Does not implicitly {@link hivefs.ResyncChunkResp.verify|verify} messages.
         * @param message ResyncChunkResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IResyncChunkResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResyncChunkResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResyncChunkResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ResyncChunkResp;

        /**
         * Creates a ResyncChunkResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ResyncChunkResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ResyncChunkResp;

        /**
         * Creates a plain object from a ResyncChunkResp message. Also converts values to other types if specified.
         * @param message ResyncChunkResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ResyncChunkResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ResyncChunkResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ListChunksReq. */
    interface IListChunksReq {

        /** ListChunksReq targetId */
        targetId?: (number|null);

        /** ListChunksReq mirrored */
        mirrored?: (boolean|null);

        /** ListChunksReq after */
        after?: (string|null);

        /** ListChunksReq limit */
        limit?: (number|null);

        /** ListChunksReq changedSinceMs */
        changedSinceMs?: (number|null);
    }

    /** Represents a ListChunksReq. */
    class ListChunksReq implements IListChunksReq {

        /**
         * Constructs a new ListChunksReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IListChunksReq);

        /** ListChunksReq targetId. */
        public targetId: number;

        /** ListChunksReq mirrored. */
        public mirrored: boolean;

        /** ListChunksReq after. */
        public after: string;

        /** ListChunksReq limit. */
        public limit: number;

        /** ListChunksReq changedSinceMs. */
        public changedSinceMs: number;

        /**
         * Creates a new ListChunksReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListChunksReq instance
         */
        public static create(properties?: hivefs.IListChunksReq): hivefs.ListChunksReq;

        /**
         * Encodes the specified ListChunksReq message. Does not implicitly {@link hivefs.ListChunksReq.verify|verify} messages.
         * @param message ListChunksReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IListChunksReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListChunksReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListChunksReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ListChunksReq;

        /**
         * Creates a ListChunksReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ListChunksReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ListChunksReq;

        /**
         * Creates a plain object from a ListChunksReq message. Also converts values to other types if specified.
         * @param message ListChunksReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ListChunksReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ListChunksReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ChunkFileInfo. */
    interface IChunkFileInfo {

        /** ChunkFileInfo entryId */
        entryId?: (string|null);

        /** ChunkFileInfo length */
        length?: (number|null);

        /** ChunkFileInfo mtimeMs */
        mtimeMs?: (number|null);
    }

    /** Represents a ChunkFileInfo. */
    class ChunkFileInfo implements IChunkFileInfo {

        /**
         * Constructs a new ChunkFileInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IChunkFileInfo);

        /** ChunkFileInfo entryId. */
        public entryId: string;

        /** ChunkFileInfo length. */
        public length: number;

        /** ChunkFileInfo mtimeMs. */
        public mtimeMs: number;

        /**
         * Creates a new ChunkFileInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkFileInfo instance
         */
        public static create(properties?: hivefs.IChunkFileInfo): hivefs.ChunkFileInfo;

        /**
         * Encodes the specified ChunkFileInfo message. Does not implicitly {@link hivefs.ChunkFileInfo.verify|verify} messages.
         * @param message ChunkFileInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IChunkFileInfo, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkFileInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ChunkFileInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ChunkFileInfo;

        /**
         * Creates a ChunkFileInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkFileInfo
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ChunkFileInfo;

        /**
         * Creates a plain object from a ChunkFileInfo message. Also converts values to other types if specified.
         * @param message ChunkFileInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ChunkFileInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkFileInfo to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a ListChunksResp. */
    interface IListChunksResp {

        /** ListChunksResp chunks */
        chunks?: (hivefs.IChunkFileInfo[]|null);

        /** ListChunksResp more */
        more?: (boolean|null);

        /** ListChunksResp dirs */
        dirs?: (number|null);
    }

    /** Represents a ListChunksResp. */
    class ListChunksResp implements IListChunksResp {

        /**
         * Constructs a new ListChunksResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IListChunksResp);

        /** ListChunksResp chunks. */
        public chunks: hivefs.IChunkFileInfo[];

        /** ListChunksResp more. */
        public more: boolean;

        /** ListChunksResp dirs. */
        public dirs: number;

        /**
         * Creates a new ListChunksResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListChunksResp instance
         */
        public static create(properties?: hivefs.IListChunksResp): hivefs.ListChunksResp;

        /**
         * Encodes the specified ListChunksResp message. Does not implicitly {@link hivefs.ListChunksResp.verify|verify} messages.
         * @param message ListChunksResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IListChunksResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListChunksResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListChunksResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.ListChunksResp;

        /**
         * Creates a ListChunksResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ListChunksResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.ListChunksResp;

        /**
         * Creates a plain object from a ListChunksResp message. Also converts values to other types if specified.
         * @param message ListChunksResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.ListChunksResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ListChunksResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StartResyncReq. */
    interface IStartResyncReq {

        /** StartResyncReq groupId */
        groupId?: (number|null);

        /** StartResyncReq full */
        full?: (boolean|null);

        /** StartResyncReq sinceMs */
        sinceMs?: (number|null);

        /** StartResyncReq restart */
        restart?: (boolean|null);
    }

    /** Represents a StartResyncReq. */
    class StartResyncReq implements IStartResyncReq {

        /**
         * Constructs a new StartResyncReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStartResyncReq);

        /** StartResyncReq groupId. */
        public groupId: number;

        /** StartResyncReq full. */
        public full: boolean;

        /** StartResyncReq sinceMs. */
        public sinceMs: number;

        /** StartResyncReq restart. */
        public restart: boolean;

        /**
         * Creates a new StartResyncReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StartResyncReq instance
         */
        public static create(properties?: hivefs.IStartResyncReq): hivefs.StartResyncReq;

        /**
         * Encodes the specified StartResyncReq message. Does not implicitly {@link hivefs.StartResyncReq.verify|verify} messages.
         * @param message StartResyncReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStartResyncReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StartResyncReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StartResyncReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StartResyncReq;

        /**
         * Creates a StartResyncReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StartResyncReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StartResyncReq;

        /**
         * Creates a plain object from a StartResyncReq message. Also converts values to other types if specified.
         * @param message StartResyncReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StartResyncReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StartResyncReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a StartResyncResp. */
    interface IStartResyncResp {

        /** StartResyncResp stats */
        stats?: (hivefs.IResyncStats|null);
    }

    /** Represents a StartResyncResp. */
    class StartResyncResp implements IStartResyncResp {

        /**
         * Constructs a new StartResyncResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IStartResyncResp);

        /** StartResyncResp stats. */
        public stats?: (hivefs.IResyncStats|null);

        /**
         * Creates a new StartResyncResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StartResyncResp instance
         */
        public static create(properties?: hivefs.IStartResyncResp): hivefs.StartResyncResp;

        /**
         * Encodes the specified StartResyncResp message. Does not implicitly {@link hivefs.StartResyncResp.verify|verify} messages.
         * @param message StartResyncResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IStartResyncResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StartResyncResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StartResyncResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.StartResyncResp;

        /**
         * Creates a StartResyncResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StartResyncResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.StartResyncResp;

        /**
         * Creates a plain object from a StartResyncResp message. Also converts values to other types if specified.
         * @param message StartResyncResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.StartResyncResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StartResyncResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetResyncStatsReq. */
    interface IGetResyncStatsReq {

        /** GetResyncStatsReq groupId */
        groupId?: (number|null);
    }

    /** Represents a GetResyncStatsReq. */
    class GetResyncStatsReq implements IGetResyncStatsReq {

        /**
         * Constructs a new GetResyncStatsReq.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetResyncStatsReq);

        /** GetResyncStatsReq groupId. */
        public groupId: number;

        /**
         * Creates a new GetResyncStatsReq instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetResyncStatsReq instance
         */
        public static create(properties?: hivefs.IGetResyncStatsReq): hivefs.GetResyncStatsReq;

        /**
         * Encodes the specified GetResyncStatsReq message. Does not implicitly {@link hivefs.GetResyncStatsReq.verify|verify} messages.
         * @param message GetResyncStatsReq message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetResyncStatsReq, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetResyncStatsReq message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetResyncStatsReq
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetResyncStatsReq;

        /**
         * Creates a GetResyncStatsReq message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetResyncStatsReq
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetResyncStatsReq;

        /**
         * Creates a plain object from a GetResyncStatsReq message. Also converts values to other types if specified.
         * @param message GetResyncStatsReq
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetResyncStatsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetResyncStatsReq to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }

    /** Properties of a GetResyncStatsResp. */
    interface IGetResyncStatsResp {

        /** GetResyncStatsResp stats */
        stats?: (hivefs.IResyncStats|null);
    }

    /** Represents a GetResyncStatsResp. */
    class GetResyncStatsResp implements IGetResyncStatsResp {

        /**
         * Constructs a new GetResyncStatsResp.
         * @param [properties] Properties to set
         */
        constructor(properties?: hivefs.IGetResyncStatsResp);

        /** GetResyncStatsResp stats. */
        public stats?: (hivefs.IResyncStats|null);

        /**
         * Creates a new GetResyncStatsResp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetResyncStatsResp instance
         */
        public static create(properties?: hivefs.IGetResyncStatsResp): hivefs.GetResyncStatsResp;

        /**
         * Encodes the specified GetResyncStatsResp message. Does not implicitly {@link hivefs.GetResyncStatsResp.verify|verify} messages.
         * @param message GetResyncStatsResp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: hivefs.IGetResyncStatsResp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetResyncStatsResp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns GetResyncStatsResp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hivefs.GetResyncStatsResp;

        /**
         * Creates a GetResyncStatsResp message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns GetResyncStatsResp
         */
        public static fromObject(object: { [k: string]: any }): hivefs.GetResyncStatsResp;

        /**
         * Creates a plain object from a GetResyncStatsResp message. Also converts values to other types if specified.
         * @param message GetResyncStatsResp
         * @param [options] Conversion options
         * @returns Plain object
         */
        public static toObject(message: hivefs.GetResyncStatsResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GetResyncStatsResp to JSON.
         * @returns JSON object
         */
        public toJSON(): { [k: string]: any };
    }
}
